import { Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { leadInputOf } from '../../domain/lead';
import type { LeadDraft } from '../../domain/leadDraft';
import { applyLeadUpdates, proposeLeadUpdates, type ProposedChange } from '../../domain/leadUpdate';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { ConflictError } from '../../storage/errors';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Status = { kind: 'idle' } | { kind: 'applied' } | { kind: 'conflict' } | { kind: 'failed'; detail: string };

/**
 * For a known lead: what this email says that the lead does not hold yet. Only differences are
 * listed, nothing is ticked in advance, and only what the user ticks is written.
 */
export function UpdateFromEmail({ lead, draft }: { lead: Lead; draft: LeadDraft }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads } = useRepositories();
  const changes = useMemo(() => proposeLeadUpdates(leadInputOf(lead), draft), [lead, draft]);
  const [open, setOpen] = useState(false);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const describe = (change: ProposedChange) => {
    const action = change.action === 'replace' ? t('mailUpdate.replace', { current: change.current }) : t(`mailUpdate.${change.action}`);
    return `${t(`mailUpdate.field.${change.field}`)}: ${change.proposed} (${action})`;
  };

  const apply = async () => {
    setBusy(true);
    try {
      const chosen = changes.filter((c) => accepted.has(c.key));
      await leads.update(lead.id, applyLeadUpdates(leadInputOf(lead), chosen), lead.rev);
      setStatus({ kind: 'applied' });
      setOpen(false);
      setAccepted(new Set());
    } catch (error) {
      // The live query has already shown the newer lead; the user reviews the new differences.
      if (error instanceof ConflictError) setStatus({ kind: 'conflict' });
      else setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const banner =
    status.kind === 'applied' ? (
      <MessageBar intent="success">
        <MessageBarBody>{t('mailUpdate.applied')}</MessageBarBody>
      </MessageBar>
    ) : status.kind === 'conflict' ? (
      <MessageBar intent="warning">
        <MessageBarBody>{t('mailUpdate.conflict')}</MessageBarBody>
      </MessageBar>
    ) : status.kind === 'failed' ? (
      <MessageBar intent="error">
        <MessageBarBody>{t('mailUpdate.failed', { detail: status.detail })}</MessageBarBody>
      </MessageBar>
    ) : null;

  if (!changes.length) {
    return banner ?? <Caption1>{t('mailUpdate.none')}</Caption1>;
  }
  if (!open) {
    return (
      <>
        {banner}
        <div className={styles.actions}>
          <Button onClick={() => setOpen(true)}>{t('mailUpdate.open', { count: changes.length })}</Button>
        </div>
      </>
    );
  }
  return (
    <section className={styles.panel} aria-label={t('mailUpdate.title')}>
      <Subtitle2 as="h3">{t('mailUpdate.title')}</Subtitle2>
      <Caption1>{t('mailUpdate.hint')}</Caption1>
      {banner}
      <div className={styles.list}>
        {changes.map((change) => (
          <Checkbox
            key={change.key}
            label={describe(change)}
            checked={accepted.has(change.key)}
            onChange={(_, data) =>
              setAccepted((previous) => {
                const next = new Set(previous);
                if (data.checked) next.add(change.key);
                else next.delete(change.key);
                return next;
              })
            }
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || accepted.size === 0} onClick={apply}>
          {t('mailUpdate.apply')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('mailUpdate.cancel')}</Button>
      </div>
    </section>
  );
}
