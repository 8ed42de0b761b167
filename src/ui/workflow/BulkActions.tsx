import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MassEdit, MassEditField } from '../../domain/workflow/massEdit';
import { useI18n } from '../../i18n/I18nContext';
import type { MassEditResult } from '../../storage/workflow/massEditRepository';
import type { LeadSelection } from '../leads/LeadSelection';
import { useRepositories } from '../shell/RepositoriesContext';
import { AddToListDialog } from './AddToListDialog';
import { DisqualifyDialog } from './DisqualifyDialog';
import { MassEditDialog } from './MassEditDialog';
import { workflowErrorMessage } from './workflowText';

const useStyles = makeStyles({
  // Full width inside the host toolbar, so progress and results wrap instead of overflowing the pane.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flexBasis: '100%', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

type Outcome =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'edited'; result: MassEditResult }
  | { kind: 'message'; intent: 'success' | 'error'; text: string }
  | null;

/**
 * Actions on the leads list's selection: assign, mass edit, add to a marketing list, disqualify.
 * Ids are resolved only when an action runs ("all matching" may be 100,000 rows never rendered).
 */
export type BulkActionsProps = {
  selection: LeadSelection;
  /** Inside a host toolbar that already shows the count (LeadsBulkToolbar): buttons only. */
  embedded?: boolean;
};

export function BulkActions({ selection, embedded = false }: BulkActionsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const [dialog, setDialog] = useState<{ kind: 'edit'; field: MassEditField } | { kind: 'list' } | { kind: 'disqualify' } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const openEdit = (field: MassEditField) => setDialog({ kind: 'edit', field });
  const busy = outcome?.kind === 'progress';
  const progress = (done: number, total: number) => setOutcome({ kind: 'progress', done, total });

  async function applyEdit(edit: MassEdit) {
    try {
      const ids = await selection.resolveIds();
      progress(0, ids.length);
      const result = await workflow.massEdit.apply(ids, edit, progress);
      setOutcome({ kind: 'edited', result });
    } catch (e) {
      setOutcome({ kind: 'message', intent: 'error', text: workflowErrorMessage(t, e) });
    }
  }

  async function undo(batchId: string) {
    try {
      progress(0, 0);
      const result = await workflow.massEdit.undo(batchId, progress);
      const text = result.conflicts ? t('workflow.undoneWithConflicts', { count: result.restored, conflicts: result.conflicts }) : t('workflow.undone', { count: result.restored });
      setOutcome({ kind: 'message', intent: 'success', text });
    } catch (e) {
      setOutcome({ kind: 'message', intent: 'error', text: workflowErrorMessage(t, e) });
    }
  }

  const count = selection.count;
  return (
    <div className={styles.root}>
      <div className={styles.buttons} role={embedded ? 'group' : 'toolbar'} aria-label={t('workflow.selectionActions')}>
        {!embedded && <Text weight="semibold">{t('workflow.selectedCount', { count })}</Text>}
        <Button size="small" disabled={!count || busy} onClick={() => openEdit('assignee')}>{t('workflow.assign')}</Button>
        <Button size="small" disabled={!count || busy} onClick={() => openEdit('source')}>{t('workflow.massEdit')}</Button>
        <Button size="small" disabled={!count || busy} onClick={() => setDialog({ kind: 'list' })}>{t('workflow.lists.addTo')}</Button>
        <Button size="small" disabled={!count || busy} onClick={() => setDialog({ kind: 'disqualify' })}>{t('workflow.disqualify')}</Button>
      </div>
      {outcome?.kind === 'progress' && (
        <div role="status">
          <ProgressBar value={outcome.total ? outcome.done / outcome.total : undefined} />
          <Text size={200}>{outcome.total ? t('workflow.progress', { done: outcome.done, total: outcome.total }) : t('workflow.massEdit.applying')}</Text>
        </div>
      )}
      {outcome?.kind === 'edited' && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {outcome.result.changed ? t('workflow.massEdit.done', { count: outcome.result.changed, unchanged: outcome.result.unchanged, skipped: outcome.result.skipped }) : t('workflow.massEdit.nothing')}
          </MessageBarBody>
          {outcome.result.batchId && (
            <MessageBarActions>
              <Button size="small" onClick={() => void undo(outcome.result.batchId!)}>{t('workflow.undo')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {outcome?.kind === 'message' && (
        <MessageBar intent={outcome.intent} role={outcome.intent === 'error' ? 'alert' : 'status'} layout="multiline">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {dialog?.kind === 'edit' && (
        <MassEditDialog open count={count} initialField={dialog.field} onClose={() => setDialog(null)} onApply={(edit) => void applyEdit(edit)} />
      )}
      {dialog?.kind === 'list' && <AddToListDialog open count={count} onClose={() => setDialog(null)}
        onConfirm={async (list) => {
          const ids = await selection.resolveIds();
          progress(0, ids.length);
          const added = await workflow.lists.addMembers(list.id, ids.map((memberId) => ({ memberId, memberType: 'lead' as const })), progress);
          setOutcome({ kind: 'message', intent: 'success', text: t('workflow.lists.added', { count: added, name: list.name }) });
        }} />}
      {dialog?.kind === 'disqualify' && <DisqualifyDialog open count={count} onClose={() => setDialog(null)}
        onConfirm={async (choice) => {
          void applyEdit({ field: 'status', value: 'disqualified', disqualification: choice });
        }} />}
    </div>
  );
}
