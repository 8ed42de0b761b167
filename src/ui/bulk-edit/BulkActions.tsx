import { Button, makeStyles, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useState } from 'react';
import type { MassEdit, MassEditField } from '../../domain/bulk-edit/massEdit';
import { useI18n } from '../../i18n/I18nContext';
import type { LeadSelection } from '../shared/LeadSelection';
import { useRepositories } from '../shell/RepositoriesContext';
import { AddToListDialog } from '../marketing-lists/AddToListDialog';
import { useBulkJob } from '../shared/bulkJob';
import { BulkJobStatus } from '../shared/BulkJobStatus';
import { DisqualifyDialog } from '../disqualify/DisqualifyDialog';
import { MassEditDialog } from './MassEditDialog';

const useStyles = makeStyles({
  // Full width inside the host toolbar, so progress and results wrap instead of overflowing the pane.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flexBasis: '100%', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

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
  // Closing a dialog puts focus back on the button that opened it (Fluent's restore-focus target).
  const restoreFocusTarget = useRestoreFocusTarget();
  const [dialog, setDialog] = useState<{ kind: 'edit'; field: MassEditField } | { kind: 'list' } | { kind: 'disqualify' } | null>(null);
  const [job, state] = useBulkJob(workflow);
  const openEdit = (field: MassEditField) => setDialog({ kind: 'edit', field });
  const busy = state.kind === 'progress';

  function applyEdit(edit: MassEdit) {
    void job
      .run(
        async (progress) => workflow.massEdit.apply(await selection.resolveIds(), edit, progress),
        (result) => ({ kind: 'edited', result }),
      )
      // A failure after some chunks were written still offers to undo them.
      .then(() => job.checkInterrupted(workflow));
  }

  const count = selection.count;
  return (
    <div className={styles.root}>
      <div className={styles.buttons} role={embedded ? 'group' : 'toolbar'} aria-label={t('workflow.selectionActions')}>
        {!embedded && <Text weight="semibold">{t('workflow.selectedCount', { count })}</Text>}
        <Button size="small" {...restoreFocusTarget} disabled={!count || busy} onClick={() => openEdit('assignee')}>{t('workflow.assign')}</Button>
        <Button size="small" {...restoreFocusTarget} disabled={!count || busy} onClick={() => openEdit('source')}>{t('workflow.massEdit')}</Button>
        <Button size="small" {...restoreFocusTarget} disabled={!count || busy} onClick={() => setDialog({ kind: 'list' })}>{t('workflow.lists.addTo')}</Button>
        <Button size="small" {...restoreFocusTarget} disabled={!count || busy} onClick={() => setDialog({ kind: 'disqualify' })}>{t('workflow.disqualify')}</Button>
      </div>
      {!embedded && <BulkJobStatus />}
      {dialog?.kind === 'edit' && (
        <MassEditDialog open count={count} initialField={dialog.field} onClose={() => setDialog(null)} onApply={applyEdit} />
      )}
      {dialog?.kind === 'list' && <AddToListDialog open count={count} onClose={() => setDialog(null)}
        onConfirm={async (list) => {
          // The dialog closes at once; progress and the result show in BulkJobStatus.
          void job
            .run(
              async (progress) => workflow.lists.addMembers(list.id, (await selection.resolveIds()).map((memberId) => ({ memberId, memberType: 'lead' as const })), progress),
              (count) => ({ kind: 'listAdded', count, name: list.name }),
            )
            // Cut off part-way, what it added can be taken out again.
            .then(() => job.checkInterrupted(workflow));
        }} />}
      {dialog?.kind === 'disqualify' && <DisqualifyDialog open count={count} onClose={() => setDialog(null)}
        onConfirm={async (choice) => applyEdit({ field: 'status', value: 'disqualified', disqualification: choice })} />}
    </div>
  );
}
