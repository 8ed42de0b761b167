import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { LeadDraft } from '../../domain/leadDraft';
import type { MailMessage } from '../../domain/mailMessage';
import { isPhoneCountry } from '../../domain/phone';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { DraftedLeadForm } from '../form-drafts/DraftedLeadForm';
import { leadInputFromDraft } from '../lead-form/leadInputFromDraft';
import { LeadDetail } from '../leads/LeadDetail';
import { mailErrorMessage } from '../shell/mailErrorMessage';
import { UpdateFromEmail } from './UpdateFromEmail';
import { useDraft } from './useDraft';
import { useRepositories } from '../shell/RepositoriesContext';
import type { CurrentMessage } from '../shell/useCurrentMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

/** The pane's main screen: the open email's sender as a known lead, or a prefilled new lead. */
export function EmailTab({ current }: { current: CurrentMessage }) {
  const { t } = useI18n();
  switch (current.status) {
    case 'loading':
      return <Spinner size="small" label={t('app.loading')} />;
    case 'empty':
      return <Caption1>{t('mail.noMessage')}</Caption1>;
    case 'error':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{mailErrorMessage(t, current.error)}</MessageBarBody>
        </MessageBar>
      );
    case 'ready':
      return <MessageView key={current.message.internetMessageId ?? current.message.subject} message={current.message} />;
  }
}

function MessageView({ message }: { message: MailMessage }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { leads, settings } = useRepositories();
  // `undefined` while the setting loads; the draft waits for it so phones are read once, in the right region.
  const storedRegion = useLiveQuery(async () => (await settings.get('phoneRegion')) ?? '', [settings]);
  const phoneRegion = storedRegion && isPhoneCountry(storedRegion) ? storedRegion : undefined;
  const { state, cancel } = useDraft(message, phoneRegion, storedRegion !== undefined);
  const senderAddress = message.from?.address ?? null;
  // `null` = looked up and not found; `undefined` = still looking.
  const known = useLiveQuery(async () => (senderAddress ? ((await leads.findByEmail(senderAddress)) ?? null) : null), [leads, senderAddress]);
  const [justSaved, setJustSaved] = useState(false);

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Caption1>
          {t('mail.from')}: {message.from ? `${message.from.name} <${message.from.address}>` : '—'}
        </Caption1>
        <Caption1>
          {t('mail.subject')}: {message.subject || '—'}
          {message.receivedAt !== null && ` · ${formatDateTime(message.receivedAt)}`}
        </Caption1>
      </div>
      {state.status === 'reading' ? (
        <div role="status" aria-live="polite">
          <Spinner size="small" label={t('mailRead.reading')} />
          <Button appearance="subtle" onClick={cancel}>
            {t('mailRead.cancel')}
          </Button>
        </div>
      ) : (
        <DraftView message={message} draft={state.draft} cancelled={state.cancelled} known={known} justSaved={justSaved} onSaved={() => setJustSaved(true)} />
      )}
    </div>
  );
}

function DraftView({ message, draft, cancelled, known, justSaved, onSaved }: { message: MailMessage; draft: LeadDraft; cancelled: boolean; known: Lead | null | undefined; justSaved: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const { leads } = useRepositories();
  const prefill = useMemo(() => leadInputFromDraft(draft), [draft]);
  return (
    <>
      {cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>{t('mailRead.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {draft.notes.includes('noSender') && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('mail.noSender')}</MessageBarBody>
        </MessageBar>
      )}
      {justSaved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('lead.saved')}</MessageBarBody>
        </MessageBar>
      )}
      {known === undefined ? (
        <Spinner size="small" label={t('app.loading')} />
      ) : known ? (
        <KnownLead lead={known} message={message} draft={draft} justSaved={justSaved} />
      ) : (
        <>
          <Subtitle2 as="h2">{t('lead.new.title')}</Subtitle2>
          <DraftedLeadForm
            target={{ kind: 'newLead', messageId: message.internetMessageId ?? `subject:${message.subject}` }}
            initial={prefill.input}
            marks={prefill.marks}
            onSave={(input, _baseRev, photo, checks) => leads.create(input, { message, replyText: draft.replyText }, photo, checks)}
            onSaved={onSaved}
          />
        </>
      )}
    </>
  );
}

function KnownLead({ lead, message, draft, justSaved }: { lead: Lead; message: MailMessage; draft: LeadDraft; justSaved: boolean }) {
  const replyText = draft.replyText;
  const { t } = useI18n();
  const { activities } = useRepositories();
  const logged = useLiveQuery(() => activities.isEmailLogged(lead.id, message.internetMessageId), [activities, lead.id, message.internetMessageId]);
  const [busy, setBusy] = useState(false);
  const logEmail = async () => {
    setBusy(true);
    try {
      await activities.logEmail(lead.id, { message, replyText });
    } finally {
      setBusy(false);
    }
  };
  const actions = (
    <>
      {logged ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('lead.logged')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Button appearance="primary" onClick={logEmail} disabled={busy || logged === undefined}>
          {t('lead.logEmail')}
        </Button>
      )}
      <UpdateFromEmail lead={lead} draft={draft} />
    </>
  );
  return <LeadDetail lead={lead} actions={actions} focusHeading={justSaved} />;
}
