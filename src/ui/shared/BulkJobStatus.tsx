import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { useBulkJob } from './bulkJob';
import { workflowErrorMessage } from './workflowText';

/**
 * Progress and outcome of the last action on a selection, with Undo for a mass edit. Shown by
 * the leads list whether or not anything is still selected, so clearing the selection, opening a
 * lead or visiting another tab does not lose the way back.
 */
export function BulkJobStatus() {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const [job, state] = useBulkJob(workflow);
  useEffect(() => {
    void job.checkInterrupted(workflow);
  }, [job, workflow]);
  const close = (
    <Button size="small" appearance="transparent" onClick={job.dismiss}>{t('workflow.close')}</Button>
  );
  switch (state.kind) {
    case 'idle':
      return null;
    case 'progress':
      return (
        <div role="status">
          <ProgressBar value={state.total ? state.done / state.total : undefined} />
          <Text size={200}>{state.total ? t('workflow.progress', { done: state.done, total: state.total }) : t('workflow.massEdit.applying')}</Text>
        </div>
      );
    case 'edited':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {state.result.changed
              ? t('workflow.massEdit.done', { count: state.result.changed, unchanged: state.result.unchanged, skipped: state.result.skipped })
              : t('workflow.massEdit.nothing')}
          </MessageBarBody>
          <MessageBarActions>
            {state.result.batchId && (
              <Button size="small" onClick={() => void job.undo(workflow.massEdit, state.result.batchId!)}>{t('workflow.undo')}</Button>
            )}
            {close}
          </MessageBarActions>
        </MessageBar>
      );
    case 'undone':
    case 'listAdded':
    case 'listUndone':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {state.kind === 'listAdded'
              ? t('workflow.lists.added', { count: state.count, name: state.name })
              : state.kind === 'listUndone'
                ? t('workflow.lists.undone', { count: state.count, name: state.name })
              : state.result.conflicts
                ? t('workflow.undoneWithConflicts', { count: state.result.restored, conflicts: state.result.conflicts })
                : t('workflow.undone', { count: state.result.restored })}
          </MessageBarBody>
          <MessageBarActions>{close}</MessageBarActions>
        </MessageBar>
      );
    case 'interrupted':
      return (
        <StoppedJobNotice
          message={t('workflow.interrupted', { done: state.batch.done, total: state.batch.total, changed: state.batch.changed })}
          error={state.error}
          onUndo={() => void job.undo(workflow.massEdit, state.batch.batchId)}
          onKeep={() => void job.keepInterrupted(workflow.massEdit, state.batch.batchId)}
        />
      );
    case 'addInterrupted':
      return (
        <StoppedJobNotice
          message={t('workflow.lists.interrupted', { name: state.job.detail.name ?? '', done: state.job.done, total: state.job.total, changed: state.job.changed })}
          error={state.error}
          onUndo={() => void job.undoAdd(workflow.lists, state.job)}
          onKeep={() => void job.keepAdd(workflow.lists, state.job.id)}
        />
      );
    case 'failed':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{workflowErrorMessage(t, state.error)}</MessageBarBody>
          <MessageBarActions>{close}</MessageBarActions>
        </MessageBar>
      );
  }
}

/** A bulk job that stopped part-way: what it did, why when known, and Undo or Keep. */
function StoppedJobNotice({ message, error, onUndo, onKeep }: { message: string; error: unknown; onUndo(): void; onKeep(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        {message}
        {error !== null && ` ${workflowErrorMessage(t, error)}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onUndo}>{t('workflow.undo')}</Button>
        <Button size="small" appearance="transparent" onClick={onKeep}>{t('workflow.keep')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
