import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import type { ExportFormat } from '../../storage/import-export/exportRepository';
import { useRepositories } from '../shell/RepositoriesContext';
import { download } from './ImportPanel';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 }, row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', vcard: 'vcf' };

export type ExportScope = {
  /** The current list view (its filter and search): count and ids. */
  view: { count: number; ids(): Promise<LeadId[]> };
  /** The selection, when there is one. */
  selection?: { count: number; ids(): Promise<LeadId[]> } | null;
};

/** Export the list view, the selection or a marketing list as CSV, XLSX or vCard, with progress and Cancel. */
export function ExportPanel({ scope, onDone }: { scope: ExportScope; onDone?: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { exports, workflow } = useRepositories();
  const [what, setWhat] = useState<'view' | 'selection' | 'list'>(scope.selection?.count ? 'selection' : 'view');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [lists, setLists] = useState<Array<{ id: string; name: string; memberCount: number }>>([]);
  const [listId, setListId] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const cancel = useRef<AbortController | null>(null);

  useEffect(() => {
    void workflow.lists.lists().then((found) => {
      setLists(found);
      setListId((current) => current || found[0]?.id || '');
    });
  }, [workflow]);

  const run = async () => {
    setMessage(null);
    const ids = what === 'list' ? await exports.listLeadIds(listId) : what === 'selection' && scope.selection ? await scope.selection.ids() : await scope.view.ids();
    if (ids.length === 0) {
      setMessage({ intent: 'warning', text: t('importExport.export.empty') });
      return;
    }
    const controller = new AbortController();
    cancel.current = controller;
    setProgress({ done: 0, total: ids.length });
    try {
      const blob = await exports.export(ids, format, { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
      const file = `leadpane-leads-${new Date().toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
      download(file, blob);
      setMessage({ intent: 'success', text: t('importExport.export.done', { count: ids.length, file }) });
    } catch (failure) {
      if (!controller.signal.aborted) setMessage({ intent: 'error', text: t('importExport.export.failed', { detail: failure instanceof Error ? failure.message : String(failure) }) });
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t('importExport.export.title')}</Subtitle2>
      <Field label={t('importExport.export.what')}>
        <RadioGroup value={what} onChange={(_, d) => setWhat(d.value as typeof what)}>
          <Radio value="view" label={t('importExport.export.view', { count: scope.view.count })} />
          {scope.selection && scope.selection.count > 0 && <Radio value="selection" label={t('importExport.export.selection', { count: scope.selection.count })} />}
          {lists.length > 0 && <Radio value="list" label={t('importExport.export.list')} />}
        </RadioGroup>
      </Field>
      {what === 'list' && (
        <Field label={t('importExport.export.listPick')}>
          <Select value={listId} onChange={(_, d) => setListId(d.value)}>
            {lists.map((list) => <option key={list.id} value={list.id}>{`${list.name} (${list.memberCount})`}</option>)}
          </Select>
        </Field>
      )}
      <Field label={t('importExport.export.format')}>
        <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as ExportFormat)}>
          <Radio value="csv" label={t('importExport.export.formatCsv')} />
          <Radio value="xlsx" label={t('importExport.export.formatXlsx')} />
          <Radio value="vcard" label={t('importExport.export.formatVcard')} />
        </RadioGroup>
      </Field>
      {progress ? (
        <>
          <Field label={t('importExport.export.progress', progress)} validationState="none">
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
          </Field>
          <Button onClick={() => cancel.current?.abort()}>{t('importExport.cancel')}</Button>
        </>
      ) : (
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void run()}>{t('importExport.export.start')}</Button>
          {onDone && <Button onClick={onDone}>{t('importExport.close')}</Button>}
        </div>
      )}
      {message && <MessageBar intent={message.intent}><MessageBarBody role="status">{message.text}</MessageBarBody></MessageBar>}
    </div>
  );
}
