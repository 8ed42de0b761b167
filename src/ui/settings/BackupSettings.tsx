import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, MessageBar, MessageBarBody, ProgressBar, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { backupFileName } from '../../domain/backup';
import { useI18n } from '../../i18n/I18nContext';
import { RestoreError, type BackupProblem } from '../../storage/backupRepository';
import { useRepositories } from '../shell/RepositoriesContext';
import { FilePickerButton } from '../shell/FilePickerButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Status = { kind: 'idle' } | { kind: 'working'; done: number; total: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** Whole-database backup to one file, and a restore that is checked and all-or-nothing. */
export function BackupSettings() {
  const styles = useStyles();
  const { t } = useI18n();
  const { backup } = useRepositories();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pending, setPending] = useState<File | null>(null);
  const progress = (done: number, total: number) => setStatus({ kind: 'working', done, total });
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

  const problemMessage = (p: BackupProblem): string => {
    switch (p.code) {
      case 'notABackup':
        return t('backup.error.notABackup', { detail: p.detail });
      case 'newerVersion':
        return t('backup.error.newerVersion', { version: p.version });
      case 'countMismatch':
        return t('backup.error.countMismatch', { detail: p.mismatches.map((m) => `${m.table}: ${m.actual}/${m.expected}`).join(', ') });
      case 'failed':
        return t('backup.error.failed', { detail: p.detail });
    }
  };

  const exportAll = async () => {
    setStatus({ kind: 'working', done: 0, total: 0 });
    try {
      const blob = await backup.exportAll(progress);
      const counts = await backup.counts();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = backupFileName(new Date());
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'done', message: t('backup.exported', { count: sum(counts) }) });
    } catch (error) {
      setStatus({ kind: 'error', message: t('backup.error.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const restore = async (file: File) => {
    setPending(null);
    setStatus({ kind: 'working', done: 0, total: 0 });
    try {
      const result = await backup.restore(file, progress);
      setStatus({ kind: 'done', message: t('backup.restored', { count: sum(result.counts) }) });
    } catch (error) {
      setStatus({
        kind: 'error',
        message: error instanceof RestoreError ? problemMessage(error.problem) : t('backup.error.failed', { detail: String(error) }),
      });
    }
  };

  return (
    <section className={styles.root} aria-label={t('backup.title')}>
      <Subtitle2 as="h2">{t('backup.title')}</Subtitle2>
      <div className={styles.row}>
        <Button onClick={() => void exportAll()} disabled={status.kind === 'working'}>
          {t('backup.export')}
        </Button>
        <FilePickerButton accept="application/json,.json" testId="restore-input" onFile={setPending} disabled={status.kind === 'working'}>
          {t('backup.restore')}
        </FilePickerButton>
      </div>
      {status.kind === 'working' && (
        <ProgressBar value={status.total ? status.done / status.total : undefined} aria-label={t('backup.working', { done: status.done, total: status.total })} />
      )}
      {status.kind === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('backup.restore')}</DialogTitle>
            <DialogContent>{t('backup.restoreConfirm')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => pending && void restore(pending)}>
                {t('backup.restoreYes')}
              </Button>
              <Button onClick={() => setPending(null)}>{t('backup.restoreNo')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
