import {
  Button, Caption1, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input,
  makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Textarea, tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AccountId, ContactId, Lead } from '../../domain/types';
import { parseAmount } from '../../domain/customers/amount';
import { dayToNoonUtc } from '../../domain/dates';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { matchReasonsText, workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choice: { display: 'flex', flexDirection: 'column' },
});

const NEW = 'new';

export type QualifyDialogProps = { lead: Lead; open: boolean; onClose(): void; onQualified?(): void };

/** Duplicate check first, then one transaction: contact, account, opportunity. */
export function QualifyDialog({ lead, open, onClose, onQualified }: QualifyDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const duplicates = useLiveQuery(() => (open ? workflow.conversion.findDuplicates(lead.id) : undefined), [workflow, lead.id, open]);
  const [createOpportunity, setCreateOpportunity] = useState(true);
  const [topic, setTopic] = useState('');
  const [products, setProducts] = useState('');
  const [value, setValue] = useState('');
  const [closeDate, setCloseDate] = useState('');
  const [accountChoice, setAccountChoice] = useState<string | null>(null);
  const [contactChoice, setContactChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The strongest match is pre-chosen: linking is the safer default when a record already exists.
  const account = accountChoice ?? duplicates?.accounts[0]?.record.id ?? NEW;
  const contact = contactChoice ?? duplicates?.contacts[0]?.record.id ?? NEW;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await workflow.conversion.qualify(lead.id, {
        createOpportunity, topic, productsOfInterest: products, estimatedValue: parseAmount(value), closeDate: dayToNoonUtc(closeDate),
        linkAccountId: account === NEW ? null : (account as AccountId),
        linkContactId: contact === NEW ? null : (contact as ContactId),
      });
      onQualified?.();
      onClose();
    } catch (e) {
      setError(workflowErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('workflow.qualify.title', { name: lead.fullName })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Caption1>{t('workflow.qualify.intro')}</Caption1>
            {!duplicates ? (
              <Spinner size="tiny" label={t('app.loading')} />
            ) : (
              <>
                <Field label={t('workflow.qualify.accountChoice')}>
                  <RadioGroup value={account} onChange={(_, data) => setAccountChoice(data.value)} className={styles.choice}>
                    {duplicates.accounts.map((m) => (
                      <Radio key={m.record.id} value={m.record.id} label={t('workflow.qualify.linkTo', { name: m.record.name, reasons: matchReasonsText(t, m.reasons) })} />
                    ))}
                    <Radio value={NEW} label={lead.company.trim() ? t('workflow.qualify.createAccount', { name: lead.company.trim() }) : t('workflow.qualify.noAccount')} />
                  </RadioGroup>
                </Field>
                <Field label={t('workflow.qualify.contactChoice')}>
                  <RadioGroup value={contact} onChange={(_, data) => setContactChoice(data.value)} className={styles.choice}>
                    {duplicates.contacts.map((m) => (
                      <Radio key={m.record.id} value={m.record.id} label={t('workflow.qualify.linkTo', { name: m.record.fullName, reasons: matchReasonsText(t, m.reasons) })} />
                    ))}
                    <Radio value={NEW} label={t('workflow.qualify.createContact', { name: lead.fullName })} />
                  </RadioGroup>
                </Field>
                {(duplicates.accounts.length > 0 || duplicates.contacts.length > 0) && <Caption1>{t('workflow.qualify.linkHint')}</Caption1>}
              </>
            )}
            <Checkbox checked={createOpportunity} onChange={(_, data) => setCreateOpportunity(Boolean(data.checked))} label={t('workflow.qualify.createOpportunity')} />
            {createOpportunity && (
              <>
                <Field label={t('workflow.qualify.topic')} required>
                  <Input value={topic} onChange={(_, data) => setTopic(data.value)} />
                </Field>
                <Field label={t('workflow.qualify.products')}>
                  <Textarea value={products} onChange={(_, data) => setProducts(data.value)} />
                </Field>
                <Field label={t('workflow.qualify.value')}>
                  <Input inputMode="decimal" value={value} onChange={(_, data) => setValue(data.value)} />
                </Field>
                <Field label={t('workflow.qualify.closeDate')}>
                  <Input type="date" value={closeDate} onChange={(_, data) => setCloseDate(data.value)} />
                </Field>
              </>
            )}
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>{t('workflow.cancel')}</Button>
            <Button appearance="primary" disabled={busy || !duplicates} onClick={() => void confirm()}>{t('workflow.qualify.confirm')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
