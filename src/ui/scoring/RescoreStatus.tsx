import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { ScoringStartupEffect } from './ScoringStartupEffect';
import { useRescoreState } from './useRescoreState';

const useStyles = makeStyles({ running: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS }, bar: { flexGrow: 1, minWidth: 0 } });

/** The pane-wide rescoring bar: progress and Cancel while it runs, then how it ended. */
export function RescoreStatus() {
  const styles = useStyles();
  const { t } = useI18n();
  const { scoring } = useRepositories();
  const state = useRescoreState();
  const [dismissed, setDismissed] = useState<typeof state | null>(null);
  const visible = state !== dismissed;
  return (
    <>
      <ScoringStartupEffect />
      {state.status === 'running' && (
        <div className={styles.running}>
          <Field className={styles.bar} label={t('scoring.rescore.progress')} validationState="none" validationMessage={t('scoring.rescore.running', { done: state.done, total: state.total })}>
            <ProgressBar value={state.total ? state.done / state.total : 0} />
          </Field>
          <Button onClick={() => scoring.rescore.cancel()}>{t('scoring.rescore.cancel')}</Button>
        </div>
      )}
      {visible && state.status === 'done' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('scoring.rescore.done', { total: state.total })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={() => setDismissed(state)}>{t('scoring.rescore.dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'cancelled' && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t('scoring.rescore.cancelled', { done: state.done, total: state.total })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void scoring.rescore.start()}>{t('scoring.rescore.resume')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('scoring.rescore.failed', { detail: state.detail })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
