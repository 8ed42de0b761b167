import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, MessageBar, MessageBarBody, ProgressBar, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { backupFileName } from '../../domain/backup';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/translate';
import { RestoreError, type BackupProblem } from '../../storage/backupRepository';
import { useRepositories } from '../shell/RepositoriesContext';
import { FilePickerButton } from '../shell/FilePickerButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Status = { kind: 'idle' } | { kind: 'working'; done: number; total: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

const TABLE_LABELS: Readonly<Record<string, MessageKey>> = {
  leads: 'restore.table.leads', contacts: 'restore.table.contacts', accounts: 'restore.table.accounts',
  opportunities: 'restore.table.opportunities', activities: 'restore.table.activities', criteria: 'restore.table.criteria',
  people: 'restore.table.people', teams: 'restore.table.teams', marketingLists: 'restore.table.marketingLists',
  listMembers: 'restore.table.listMembers', savedReports: 'restore.table.savedReports', settings: 'restore.table.settings',
  editBatches: 'restore.table.editBatches', customFields: 'restore.table.customFields', leadPhotos: 'restore.table.leadPhotos',
  leadScores: 'restore.table.leadScores',
};

/** "row 3 of leads (id …)" in the user's language; a table without a label keeps its own name. */
function restoreWhere(t: Translate, table: string, row: number | null, id: string): string {
  const label = Object.hasOwn(TABLE_LABELS, table) ? t(TABLE_LABELS[table]!) : table;
  if (row !== null && id) return t('restore.where.rowWithId', { row, table: label, id });
  if (row !== null) return t('restore.where.row', { row, table: label });
  return t('restore.where.id', { id, table: label });
}

/** Whole-database backup to one file, and a restore that is checked and all-or-nothing. */
export function BackupSettings() {
  const styles = useStyles();
  const { t } = useI18n();
  const { backup } = useRepositories();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The picked file and what restoring it would replace, shown before anything changes.
  const [pending, setPending] = useState<{ file: File; current: number; incoming: number } | null>(null);
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
      case 'badRow': {
        const where = restoreWhere(t, p.table, p.row, p.id);
        return p.field ? t('restore.error.badRow', { where, field: p.field }) : t('restore.error.badRowWhole', { where });
      }
      case 'typedValue':
        return t('restore.error.typedValue', { where: restoreWhere(t, p.table, p.row, ''), type: p.type });
      case 'failed':
        return t('backup.error.failed', { detail: p.detail });
    }
  };

  const refusal = (error: unknown): string =>
    error instanceof RestoreError ? problemMessage(error.problem) : t('backup.error.failed', { detail: error instanceof Error ? error.message : String(error) });

  const pick = async (file: File) => {
    setStatus({ kind: 'idle' });
    try {
      const { current, incoming } = await backup.inspect(file);
      setPending({ file, current: current.leads ?? 0, incoming: incoming.leads ?? 0 });
    } catch (error) {
      setStatus({ kind: 'error', message: refusal(error) });
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
      setStatus({ kind: 'error', message: refusal(error) });
    }
  };

  return (
    <section className={styles.root} aria-label={t('backup.title')}>
      <Subtitle2 as="h2">{t('backup.title')}</Subtitle2>
      <div className={styles.row}>
        <Button onClick={() => void exportAll()} disabled={status.kind === 'working'}>
          {t('backup.export')}
        </Button>
        <FilePickerButton accept="application/json,.json" testId="restore-input" onFile={(file) => void pick(file)} disabled={status.kind === 'working'}>
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
            <DialogContent>{pending && t('restore.confirm', { count: pending.current, incoming: pending.incoming })}</DialogContent>
            {/* The dialog focuses its first button: keeping the data comes first, so Enter never replaces it. */}
            <DialogActions>
              <Button appearance="primary" onClick={() => setPending(null)}>{t('restore.confirmNo')}</Button>
              <Button onClick={() => pending && void restore(pending.file)}>{t('restore.confirmYes')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
