import {
  Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, Tab, TabList, Text, Textarea, Title3, tokens,
} from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AccountId, ContactId, LeadId, OpportunityId } from '../../domain/types';
import { parseAmount } from '../../domain/customers/amount';
import { dayToNoonUtc, noonUtcToDay } from '../../domain/dates';
import { useI18n } from '../../i18n/I18nContext';
import { LeadDetail } from '../leads/LeadDetail';
import { useRepositories } from '../shell/RepositoriesContext';
import { ListMembership } from '../marketing-lists/ListMembership';
import { MarketingListsView } from '../marketing-lists/MarketingListsView';
import { HistoryPanel } from '../history/HistoryPanel';
import { workflowErrorMessage } from '../shared/workflowText';
import { displayPhone } from '../../domain/phone';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'block', width: '100%', textAlign: 'start', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, background: 'none', color: 'inherit',
    cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  switcher: { flexWrap: 'wrap' },
});

type View = 'contacts' | 'accounts' | 'opportunities' | 'lists';
type Open =
  | { kind: 'contact'; id: ContactId }
  | { kind: 'account'; id: AccountId }
  | { kind: 'opportunity'; id: OpportunityId }
  | { kind: 'lead'; id: LeadId; back: Open }
  | null;

/** Contacts, accounts, opportunities and marketing lists: what qualified leads became. */
export function CrmTab() {
  const styles = useStyles();
  const { t } = useI18n();
  const [view, setView] = useState<View>('contacts');
  const [open, setOpen] = useState<Open>(null);
  if (open) {
    return (
      <div className={styles.root}>
        <div>
          <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => setOpen(open.kind === 'lead' ? open.back : null)}>
            {t('workflow.crm.back')}
          </Button>
        </div>
        <OpenRecord open={open} onOpen={setOpen} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <TabList className={styles.switcher} size="small" selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
        <Tab value="contacts">{t('workflow.crm.contacts')}</Tab>
        <Tab value="accounts">{t('workflow.crm.accounts')}</Tab>
        <Tab value="opportunities">{t('workflow.crm.opportunities')}</Tab>
        <Tab value="lists">{t('workflow.lists')}</Tab>
      </TabList>
      {view === 'contacts' && <ContactList onOpen={(id) => setOpen({ kind: 'contact', id })} />}
      {view === 'accounts' && <AccountList onOpen={(id) => setOpen({ kind: 'account', id })} />}
      {view === 'opportunities' && <OpportunityList onOpen={(id) => setOpen({ kind: 'opportunity', id })} />}
      {view === 'lists' && <MarketingListsView />}
    </div>
  );
}

function RowList<T extends { id: string }>({ rows, empty, label, title, detail, onOpen }: {
  rows: T[] | undefined; empty: string; label: string; title(row: T): string; detail(row: T): string; onOpen(id: T['id']): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  if (!rows) return <Caption1>{t('app.loading')}</Caption1>;
  if (!rows.length) return <Body1>{empty}</Body1>;
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((row) => (
        <li key={row.id}>
          <button type="button" className={styles.row} onClick={() => onOpen(row.id)} aria-label={t('workflow.crm.open', { name: title(row) })}>
            <Text weight="semibold" block>{title(row)}</Text>
            <Caption1>{detail(row)}</Caption1>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ContactList({ onOpen }: { onOpen(id: ContactId): void }) {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const rows = useLiveQuery(() => workflow.crm.contacts(), [workflow]);
  return <RowList rows={rows} empty={t('workflow.crm.noContacts')} label={t('workflow.crm.contacts')} title={(c) => c.fullName}
    detail={(c) => [c.jobTitle, c.emails[0]?.address].filter(Boolean).join(' · ')} onOpen={onOpen} />;
}

function AccountList({ onOpen }: { onOpen(id: AccountId): void }) {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const rows = useLiveQuery(() => workflow.crm.accounts(), [workflow]);
  return <RowList rows={rows} empty={t('workflow.crm.noAccounts')} label={t('workflow.crm.accounts')} title={(a) => a.name} detail={(a) => a.website} onOpen={onOpen} />;
}

function OpportunityList({ onOpen }: { onOpen(id: OpportunityId): void }) {
  const { t, locale } = useI18n();
  const { workflow } = useRepositories();
  const rows = useLiveQuery(() => workflow.crm.opportunities(), [workflow]);
  const money = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US');
  return <RowList rows={rows} empty={t('workflow.crm.noOpportunities')} label={t('workflow.crm.opportunities')} title={(o) => o.topic}
    detail={(o) => (o.estimatedValue === null ? '' : money.format(o.estimatedValue))} onOpen={onOpen} />;
}

/** A small edit form with Save, a saved/error message, and the record's history. */
function EditForm({ children, onSave }: { children: ReactNode; onSave(): Promise<void> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSave();
      setMessage({ intent: 'success', text: t('workflow.crm.saved') });
    } catch (e) {
      setMessage({ intent: 'error', text: workflowErrorMessage(t, e) });
    }
  }
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      {children}
      <div>
        <Button type="submit" appearance="primary">{t('workflow.save')}</Button>
      </div>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

function OpenRecord({ open, onOpen }: { open: NonNullable<Open>; onOpen(next: Open): void }) {
  const { leads } = useRepositories();
  const lead = useLiveQuery(() => (open.kind === 'lead' ? leads.get(open.id) : undefined), [leads, open]);
  if (open.kind === 'lead') return lead ? <LeadDetail lead={lead} /> : null;
  if (open.kind === 'contact') return <ContactDetail key={open.id} id={open.id} onOpenLead={(id) => onOpen({ kind: 'lead', id, back: open })} />;
  if (open.kind === 'account') return <AccountDetail key={open.id} id={open.id} onOpen={onOpen} />;
  return <OpportunityDetail key={open.id} id={open.id} onOpenLead={(id) => onOpen({ kind: 'lead', id, back: open })} />;
}

function ContactDetail({ id, onOpenLead }: { id: ContactId; onOpenLead(id: LeadId): void }) {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const contact = useLiveQuery(() => workflow.crm.contact(id), [workflow, id]);
  const account = useLiveQuery(async () => (contact?.accountId ? workflow.crm.account(contact.accountId) : undefined), [workflow, contact?.accountId]);
  const [edit, setEdit] = useState<{ fullName: string; jobTitle: string; notes: string } | null>(null);
  if (!contact) return null;
  const values = edit ?? { fullName: contact.fullName, jobTitle: contact.jobTitle, notes: contact.notes ?? '' };
  return (
    <section aria-label={contact.fullName}>
      <Title3 as="h2">{contact.fullName}</Title3>
      {account && <Body1 block>{t('workflow.crm.account')}: {account.name}</Body1>}
      {contact.emails.map((e) => <Body1 block key={e.address}>{e.address}</Body1>)}
      {contact.phones.map((p) => <Body1 block key={p.number}>{displayPhone(p.number)}</Body1>)}
      {contact.region && <Body1 block>{t('region.shown', { region: contact.region })}</Body1>}
      {contact.fromLeadId && <Button appearance="secondary" onClick={() => onOpenLead(contact.fromLeadId!)}>{t('workflow.crm.openLead')}</Button>}
      <EditForm onSave={() => workflow.crm.updateContact(id, values)}>
        <Field label={t('workflow.crm.fullName')}><Input value={values.fullName} onChange={(_, d) => setEdit({ ...values, fullName: d.value })} /></Field>
        <Field label={t('workflow.crm.jobTitle')}><Input value={values.jobTitle} onChange={(_, d) => setEdit({ ...values, jobTitle: d.value })} /></Field>
        <Field label={t('workflow.crm.notes')}><Textarea value={values.notes} onChange={(_, d) => setEdit({ ...values, notes: d.value })} /></Field>
      </EditForm>
      <ListMembership member={{ memberId: id, memberType: 'contact' }} />
      <Subtitle2 as="h3">{t('workflow.crm.history')}</Subtitle2>
      <HistoryPanel recordType="contact" recordId={id} />
    </section>
  );
}

function AccountDetail({ id, onOpen }: { id: AccountId; onOpen(next: Open): void }) {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const account = useLiveQuery(() => workflow.crm.account(id), [workflow, id]);
  const contacts = useLiveQuery(() => workflow.crm.contactsOfAccount(id), [workflow, id]);
  const [edit, setEdit] = useState<{ name: string; website: string; notes: string } | null>(null);
  if (!account) return null;
  const values = edit ?? { name: account.name, website: account.website, notes: account.notes ?? '' };
  return (
    <section aria-label={account.name}>
      <Title3 as="h2">{account.name}</Title3>
      {account.fromLeadId && (
        <Button appearance="secondary" onClick={() => onOpen({ kind: 'lead', id: account.fromLeadId!, back: { kind: 'account', id } })}>{t('workflow.crm.openLead')}</Button>
      )}
      <EditForm onSave={() => workflow.crm.updateAccount(id, values)}>
        <Field label={t('workflow.crm.name')}><Input value={values.name} onChange={(_, d) => setEdit({ ...values, name: d.value })} /></Field>
        <Field label={t('workflow.crm.website')}><Input value={values.website} onChange={(_, d) => setEdit({ ...values, website: d.value })} /></Field>
        <Field label={t('workflow.crm.notes')}><Textarea value={values.notes} onChange={(_, d) => setEdit({ ...values, notes: d.value })} /></Field>
      </EditForm>
      <Subtitle2 as="h3">{t('workflow.crm.contactsOfAccount')}</Subtitle2>
      <RowList rows={contacts} empty={t('workflow.crm.noContacts')} label={t('workflow.crm.contactsOfAccount')} title={(c) => c.fullName}
        detail={(c) => c.jobTitle} onOpen={(contactId) => onOpen({ kind: 'contact', id: contactId })} />
    </section>
  );
}

function OpportunityDetail({ id, onOpenLead }: { id: OpportunityId; onOpenLead(id: LeadId): void }) {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const opportunity = useLiveQuery(() => workflow.crm.opportunity(id), [workflow, id]);
  const [edit, setEdit] = useState<{ topic: string; productsOfInterest: string; value: string; closeDate: string } | null>(null);
  if (!opportunity) return null;
  const values = edit ?? {
    topic: opportunity.topic, productsOfInterest: opportunity.productsOfInterest ?? '',
    value: opportunity.estimatedValue === null ? '' : String(opportunity.estimatedValue),
    closeDate: noonUtcToDay(opportunity.closeDate),
  };
  const save = () => workflow.crm.updateOpportunity(id, {
    topic: values.topic, productsOfInterest: values.productsOfInterest,
    estimatedValue: parseAmount(values.value),
    closeDate: dayToNoonUtc(values.closeDate),
  });
  return (
    <section aria-label={opportunity.topic}>
      <Title3 as="h2">{opportunity.topic}</Title3>
      {opportunity.fromLeadId && <Button appearance="secondary" onClick={() => onOpenLead(opportunity.fromLeadId!)}>{t('workflow.crm.openLead')}</Button>}
      <EditForm onSave={save}>
        <Field label={t('workflow.qualify.topic')}><Input value={values.topic} onChange={(_, d) => setEdit({ ...values, topic: d.value })} /></Field>
        <Field label={t('workflow.qualify.products')}><Textarea value={values.productsOfInterest} onChange={(_, d) => setEdit({ ...values, productsOfInterest: d.value })} /></Field>
        <Field label={t('workflow.qualify.value')}><Input inputMode="decimal" value={values.value} onChange={(_, d) => setEdit({ ...values, value: d.value })} /></Field>
        <Field label={t('workflow.qualify.closeDate')}><Input type="date" value={values.closeDate} onChange={(_, d) => setEdit({ ...values, closeDate: d.value })} /></Field>
      </EditForm>
      <Subtitle2 as="h3">{t('workflow.crm.history')}</Subtitle2>
      <HistoryPanel recordType="opportunity" recordId={id} />
    </section>
  );
}
