import {
  Badge, Body1, Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, tokens, useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Lead } from '../../domain/types';
import { assigneeOf } from '../../domain/bulk-edit/massEdit';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { AssigneeSelect } from '../assignment/AssigneeSelect';
import { DisqualifyDialog } from '../disqualify/DisqualifyDialog';
import { ListMembership } from '../marketing-lists/ListMembership';
import { QualifyDialog } from '../conversion/QualifyDialog';
import { workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  lists: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
});

type Feedback = { intent: 'success' | 'error'; text: string } | null;

/** Assign, qualify, disqualify/reactivate and marketing lists for the open lead. */
export function LeadWorkflowActions({ lead }: { lead: Lead }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { workflow } = useRepositories();
  const names = useLiveQuery(() => workflow.people.names(), [workflow]);
  const converted = useLiveQuery(async () => {
    if (lead.status !== 'qualified') return null;
    const [contact, account, opportunity] = await Promise.all([
      lead.convertedContactId ? workflow.crm.contact(lead.convertedContactId) : undefined,
      lead.convertedAccountId ? workflow.crm.account(lead.convertedAccountId) : undefined,
      lead.convertedOpportunityId ? workflow.crm.opportunity(lead.convertedOpportunityId) : undefined,
    ]);
    return { contact, account, opportunity };
  }, [workflow, lead.status, lead.convertedContactId, lead.convertedAccountId, lead.convertedOpportunityId]);
  const [dialog, setDialog] = useState<'qualify' | 'disqualify' | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  // Closing a dialog puts focus back on the button that opened it (Fluent's restore-focus target).
  const restoreFocusTarget = useRestoreFocusTarget();

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      setFeedback(success ? { intent: 'success', text: success } : null);
    } catch (e) {
      setFeedback({ intent: 'error', text: workflowErrorMessage(t, e) });
    }
  }

  const assignee = names ? assigneeOf(lead, names) : null;
  return (
    <section className={styles.root} aria-label={t('workflow.section.actions')}>
      <div className={styles.row}>
        <Badge appearance="tint" color={lead.status === 'qualified' ? 'success' : lead.status === 'disqualified' ? 'danger' : 'brand'}>
          {t(`workflow.status.${lead.status}`)}
        </Badge>
        {lead.status === 'open' && (
          <>
            <Button size="small" appearance="primary" {...restoreFocusTarget} onClick={() => setDialog('qualify')}>{t('workflow.qualify')}</Button>
            <Button size="small" {...restoreFocusTarget} onClick={() => setDialog('disqualify')}>{t('workflow.disqualify')}</Button>
          </>
        )}
        {lead.status === 'disqualified' && (
          <Button size="small" onClick={() => void run(() => workflow.massEdit.reactivate([lead.id]))}>{t('workflow.reactivate')}</Button>
        )}
      </div>
      {lead.status === 'disqualified' && lead.disqualification && (
        <Body1>
          {t('workflow.disqualifiedBecause', {
            reason: lead.disqualification.text ? `${lead.disqualification.reasonLabel} (${lead.disqualification.text})` : lead.disqualification.reasonLabel,
          })}
        </Body1>
      )}
      {lead.status === 'qualified' && converted && (
        <div>
          <Caption1 block>{t('workflow.qualifiedInto', { date: formatDateTime(lead.qualifiedAt ?? lead.updatedAt) })}</Caption1>
          {converted.contact && <Body1 block>{t('workflow.becameContact', { name: converted.contact.fullName })}</Body1>}
          {converted.account && <Body1 block>{t('workflow.becameAccount', { name: converted.account.name })}</Body1>}
          {converted.opportunity && <Body1 block>{t('workflow.becameOpportunity', { name: converted.opportunity.topic })}</Body1>}
        </div>
      )}
      {/* The record's one assignment control (person or team); its form leaves "Assigned to" out. */}
      <Field label={t('workflow.assignTo')}>
        <AssigneeSelect
          value={assignee}
          disabled={!names}
          onChange={(next) => void run(() => workflow.massEdit.assign([lead.id], next), t('workflow.assigned'))}
        />
      </Field>
      <ListMembership member={{ memberId: lead.id, memberType: 'lead' }} />
      {feedback && (
        <MessageBar intent={feedback.intent} role={feedback.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{feedback.text}</MessageBarBody>
        </MessageBar>
      )}
      {dialog === 'qualify' && <QualifyDialog lead={lead} open onClose={() => setDialog(null)}
        onQualified={() => setFeedback({ intent: 'success', text: t('workflow.qualify.done', { name: lead.fullName }) })} />}
      {dialog === 'disqualify' && <DisqualifyDialog open count={1} onClose={() => setDialog(null)}
        onConfirm={async (choice) => { await workflow.massEdit.disqualify([lead.id], choice); }} />}
    </section>
  );
}
