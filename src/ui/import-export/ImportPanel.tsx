import {
  Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Radio, RadioGroup, Select, Subtitle2, tokens,
} from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons/svg/arrow-upload';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CustomFieldDef } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { COMMON_ENCODINGS } from '../../import-export/encoding';
import { toCsv } from '../../import-export/csvWriter';
import { parseFieldKey, pickableFieldKeys, type FieldKey } from '../../import-export/fieldKey';
import { foldHeader } from '../../import-export/headerMapping';
import type { ImportRecord } from '../../import-export/importRecord';
import type { ReadFileResult, ReadOptions } from '../../import-export/readFile';
import type { ImportInProgress } from '../../storage/import-export/importBatch';
import type { DuplicateChoice, ImportReason, ImportResult, ImportUndoResult } from '../../storage/import-export/importRepository';
import { useRepositories } from '../shell/RepositoriesContext';
import { FilePickerButton } from '../shell/FilePickerButton';
import { readInWorker } from './readInWorker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  drop: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start', padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '10em' },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  mapping: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxHeight: '22em', overflowY: 'auto' },
});

type Phase =
  | { kind: 'pick' }
  | { kind: 'reading'; file: string }
  | { kind: 'preview'; file: string; bytes: Uint8Array; read: ReadFileResult; options: ReadOptions }
  | { kind: 'importing'; file: string; done: number; total: number }
  | { kind: 'done'; file: string; read: ReadFileResult; result: ImportResult; failure: boolean }
  | { kind: 'undone'; result: ImportUndoResult };

const PREVIEW_ROWS = 5;

type Translate = ReturnType<typeof useI18n>['t'];

/** A key as the mapping drop-down names it, in the reader's language. */
export function fieldLabel(key: FieldKey, t: Translate, customFields: readonly CustomFieldDef[]): string {
  const parsed = parseFieldKey(key);
  const group = key.includes('#') ? ` (${t('importExport.kind.group', { group: key.split('#')[1] ?? '' })})` : '';
  switch (parsed.kind) {
    case 'ignore':
      return t('importExport.field.ignore');
    case 'name':
    case 'text':
      return t(`importExport.field.${parsed.field}`);
    case 'email':
      return `${t('importExport.field.email')} (${parsed.group ? t('importExport.kind.group', { group: parsed.group }) : t(`importExport.kind.${parsed.label}`)})`;
    case 'phone':
      return `${t('importExport.field.phone')} (${parsed.group ? t('importExport.kind.group', { group: parsed.group }) : t(`importExport.kind.${parsed.phoneKind}`)})`;
    case 'emailType':
    case 'phoneType':
    case 'addressType':
      return `${t(`importExport.field.${parsed.kind}`)}${group}`;
    case 'address': {
      const label = parsed.group === 'work' || parsed.group === 'home' || parsed.group === 'other' ? t(`importExport.kind.${parsed.group}`) : t('importExport.kind.group', { group: parsed.group });
      return `${t(`importExport.field.address.${parsed.part}`)} (${label})`;
    }
    case 'custom':
      return t('importExport.field.custom', { name: customFields.find((f) => f.id === parsed.fieldId)?.name ?? parsed.fieldId });
  }
}

export function reasonText(reason: ImportReason, t: Translate): string {
  switch (reason.code) {
    case 'duplicateLead':
    case 'duplicateContact':
    case 'nothingToFill':
      return t(`importExport.reason.${reason.code}`, { name: reason.name });
    case 'duplicateRow':
      return t('importExport.reason.duplicateRow', { row: reason.row });
    case 'invalid':
      return t('importExport.reason.invalid', { detail: reason.errors.map((e) => ('value' in e && e.value ? `${e.field}: ${String(e.value)}` : e.field)).join(', ') });
    default:
      return t(`importExport.reason.${reason.code}`);
  }
}

function headerSignature(read: ReadFileResult): string {
  return (read.layout?.headers ?? []).map(foldHeader).join('|');
}

/** The rows that did not become leads, as a CSV the user can fix and import again. */
function rejectedCsv(read: ReadFileResult, result: ImportResult, t: Translate): { csv: string; count: number } {
  const byRow = new Map<number, ImportRecord>(read.records.map((r) => [r.row, r]));
  const rows: string[][] = [];
  for (const error of read.errors) rows.push([String(error.row), t('importExport.reason.file', { detail: error.message }), '', '', '', '']);
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'skipped' && outcome.status !== 'failed') continue;
    const record = byRow.get(outcome.row);
    rows.push([String(outcome.row), reasonText(outcome.reason, t), record?.fullName ?? '', record?.company ?? '', record?.emails.map((e) => e.address).join('; ') ?? '', record?.phones.map((p) => p.number).join('; ') ?? '']);
  }
  return { csv: toCsv([[t('importExport.reason.row'), t('importExport.reason.column'), 'Full Name', 'Company', 'Email', 'Phone'], ...rows]), count: rows.length };
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export { download };

/** "Import this import was cut off": offered when the Leads tab or Settings opens. */
export function InterruptedImportBar() {
  const { t } = useI18n();
  const { imports } = useRepositories();
  const [batch, setBatch] = useState<ImportInProgress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void imports.interrupted().then((found) => live && setBatch(found));
    return () => {
      live = false;
    };
  }, [imports]);
  if (message) return <MessageBar intent="success"><MessageBarBody>{message}</MessageBarBody></MessageBar>;
  if (!batch) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t('importExport.import.interrupted', { file: batch.file, done: batch.done, total: batch.total, written: batch.written })}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={async () => {
          const result = await imports.undo(batch.batchId);
          setBatch(null);
          setMessage(t('importExport.import.undone', { ...result }));
        }}>{t('importExport.import.undo')}</Button>
        <Button onClick={async () => {
          await imports.forgetInterrupted(batch.batchId);
          setBatch(null);
        }}>{t('importExport.import.keep')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Import: pick or drop a file, check the preview and the mapping, choose what duplicates do, import, see the results. */
export function ImportPanel({ onDone }: { onDone?: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { imports, lookups } = useRepositories();
  const [phase, setPhase] = useState<Phase>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [customFields, setCustomFields] = useState<CustomFieldDef[]>([]);
  const [saved, setSaved] = useState<Awaited<ReturnType<typeof imports.savedMappings>>>([]);
  const [mappingName, setMappingName] = useState('');
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const cancel = useRef<AbortController | null>(null);

  useEffect(() => {
    void lookups.customFields().then(setCustomFields);
    void imports.savedMappings().then(setSaved);
  }, [lookups, imports]);

  const read = useCallback(async (file: string, bytes: Uint8Array, options: ReadOptions) => {
    setError(null);
    setPhase({ kind: 'reading', file });
    try {
      const withFields = { ...options, customFields: customFields.map(({ id, name }) => ({ id, name })) };
      let result = await readInWorker(file, bytes, withFields);
      // A mapping saved for these very headers is used unless the user picked another.
      const match = !options.keys ? saved.find((m) => m.headers === headerSignature(result)) : undefined;
      if (match) result = await readInWorker(file, bytes, { ...withFields, keys: match.keys });
      setPhase({ kind: 'preview', file, bytes, read: result, options: match ? { ...withFields, keys: match.keys } : withFields });
    } catch (failure) {
      setError(t('importExport.import.unreadable', { detail: failure instanceof Error ? failure.message : String(failure) }));
      setPhase({ kind: 'pick' });
    }
  }, [customFields, saved, t]);

  const openFile = useCallback(async (file: File) => {
    await read(file.name, new Uint8Array(await file.arrayBuffer()), {});
  }, [read]);

  const keyOptions = useMemo(() => [...pickableFieldKeys(), ...customFields.map((f) => `custom:${f.id}`)], [customFields]);

  const start = async (current: Extract<Phase, { kind: 'preview' }>) => {
    const controller = new AbortController();
    cancel.current = controller;
    const total = current.read.records.length;
    setPhase({ kind: 'importing', file: current.file, done: 0, total });
    try {
      const result = await imports.importRecords(current.read.records, {
        file: current.file, duplicates, signal: controller.signal, onProgress: (done) => setPhase({ kind: 'importing', file: current.file, done, total }),
      });
      setPhase({ kind: 'done', file: current.file, read: current.read, result, failure: false });
    } catch (failure) {
      const result = (failure as { result?: ImportResult }).result;
      if (result) setPhase({ kind: 'done', file: current.file, read: current.read, result, failure: true });
      else {
        setError(t('importExport.import.unreadable', { detail: failure instanceof Error ? failure.message : String(failure) }));
        setPhase({ kind: 'pick' });
      }
    } finally {
      cancel.current = null;
    }
  };

  if (phase.kind === 'importing') {
    return (
      <div className={styles.root}>
        <Subtitle2 as="h2">{t('importExport.import.title')}</Subtitle2>
        <Field label={t('importExport.import.progress', { done: phase.done, total: phase.total })} validationState="none">
          <ProgressBar value={phase.total ? phase.done / phase.total : 0} />
        </Field>
        <Button onClick={() => cancel.current?.abort()}>{t('importExport.cancel')}</Button>
      </div>
    );
  }

  if (phase.kind === 'done' || phase.kind === 'undone') {
    const rejected = phase.kind === 'done' ? rejectedCsv(phase.read, phase.result, t) : null;
    return (
      <div className={styles.root}>
        <Subtitle2 as="h2">{t('importExport.import.title')}</Subtitle2>
        {phase.kind === 'done' ? (
          <>
            <MessageBar intent={phase.failure ? 'error' : phase.result.cancelled ? 'warning' : 'success'}>
              <MessageBarBody role="status">
                {t('importExport.import.done', { imported: phase.result.imported, filled: phase.result.filled, skipped: phase.result.skipped, failed: phase.result.failed + phase.read.errors.length })}
                {phase.result.cancelled ? ` ${t('importExport.import.cancelled')}` : ''}
                {phase.failure ? ` ${t('importExport.import.failedWrite')}` : ''}
              </MessageBarBody>
            </MessageBar>
            <div className={styles.row}>
              {rejected && rejected.count > 0 && (
                <Button onClick={() => download(`${phase.file.replace(/\.[^.]+$/, '')}-not-imported.csv`, new Blob([rejected.csv], { type: 'text/csv;charset=utf-8' }))}>
                  {t('importExport.import.downloadRejected', { count: rejected.count })}
                </Button>
              )}
              {phase.result.batchId && (
                <Button onClick={async () => {
                  const result = await imports.undo(phase.result.batchId!);
                  setPhase({ kind: 'undone', result });
                }}>{t('importExport.import.undo')}</Button>
              )}
              {phase.result.batchId && phase.result.cancelled && (
                <Button onClick={async () => {
                  await imports.forgetInterrupted(phase.result.batchId!);
                  setPhase({ ...phase, result: { ...phase.result, cancelled: false } });
                }}>{t('importExport.import.keep')}</Button>
              )}
            </div>
          </>
        ) : (
          <MessageBar intent="success"><MessageBarBody role="status">{t('importExport.import.undone', { ...phase.result })}</MessageBarBody></MessageBar>
        )}
        <div className={styles.row}>
          <Button onClick={() => setPhase({ kind: 'pick' })}>{t('importExport.import.another')}</Button>
          {onDone && <Button appearance="primary" onClick={onDone}>{t('importExport.close')}</Button>}
        </div>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t('importExport.import.title')}</Subtitle2>
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="import-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) void openFile(file);
        }}
      >
        <FilePickerButton accept=".csv,.txt,.tsv,.xlsx,.vcf,.vcard,text/csv,text/vcard" testId="import-file" icon={<ArrowUpload20Regular />} onFile={(file) => void openFile(file)}>
          {t('importExport.import.pick')}
        </FilePickerButton>
        <Caption1>{phase.kind === 'reading' ? t('importExport.import.reading', { file: phase.file }) : t('importExport.import.drop')}</Caption1>
      </div>
      {phase.kind === 'preview' && (
        <Preview
          phase={phase}
          keyOptions={keyOptions}
          customFields={customFields}
          saved={saved}
          onRead={(options) => void read(phase.file, phase.bytes, options)}
          duplicates={duplicates}
          onDuplicates={setDuplicates}
          mappingName={mappingName}
          onMappingName={setMappingName}
          savedNote={savedNote}
          onSave={async () => {
            const name = mappingName.trim();
            if (!name || !phase.read.layout) return;
            await imports.saveMapping({ name, headers: headerSignature(phase.read), keys: phase.read.layout.keys });
            setSaved(await imports.savedMappings());
            setSavedNote(t('importExport.import.mappingSaved', { name }));
          }}
          onStart={() => void start(phase)}
        />
      )}
    </div>
  );
}

type PreviewProps = {
  phase: Extract<Phase, { kind: 'preview' }>;
  keyOptions: FieldKey[];
  customFields: CustomFieldDef[];
  saved: Array<{ name: string; headers: string; keys: string[] }>;
  onRead(options: ReadOptions): void;
  duplicates: DuplicateChoice;
  onDuplicates(choice: DuplicateChoice): void;
  mappingName: string;
  onMappingName(name: string): void;
  savedNote: string | null;
  onSave(): void;
  onStart(): void;
};

function Preview({ phase, keyOptions, customFields, saved, onRead, duplicates, onDuplicates, mappingName, onMappingName, savedNote, onSave, onStart }: PreviewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { read, options } = phase;
  const layout = read.layout;
  const signature = headerSignature(read);
  const matching = saved.filter((m) => m.headers === signature);
  const encodings = [...new Set([read.encoding, ...read.alternatives, ...COMMON_ENCODINGS].filter((e): e is string => Boolean(e)))];
  return (
    <>
      <div className={styles.row}>
        <Field label={t('importExport.import.format')} className={styles.grow}>
          <Body1 data-testid="import-format">{t(`importExport.format.${read.format}`)}</Body1>
        </Field>
        {read.encoding && (
          <Field label={t('importExport.import.encoding')} className={styles.grow}>
            <Select data-testid="import-encoding" value={read.encoding} onChange={(_, d) => onRead({ ...options, encoding: d.value, keys: undefined })}>
              {encodings.map((encoding) => <option key={encoding} value={encoding}>{encoding}</option>)}
            </Select>
          </Field>
        )}
        {read.sheets.length > 1 && (
          <Field label={t('importExport.import.sheet')} className={styles.grow}>
            <Select value={read.sheet ?? ''} onChange={(_, d) => onRead({ ...options, sheet: d.value, keys: undefined })}>
              {read.sheets.map((sheet) => <option key={sheet} value={sheet}>{sheet}</option>)}
            </Select>
          </Field>
        )}
      </div>
      <Body1 data-testid="import-summary">{t('importExport.import.summary', { records: read.records.length, errors: read.errors.length })}</Body1>
      <section aria-label={t('importExport.import.preview')}>
        <Caption1>{t('importExport.import.preview')}</Caption1>
        <table className={styles.table}>
          <thead>
            <tr>
              {(['previewName', 'previewCompany', 'previewEmail', 'previewPhone'] as const).map((key) => <th key={key} className={styles.cell} scope="col">{t(`importExport.import.${key}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {read.records.slice(0, PREVIEW_ROWS).map((record) => (
              <tr key={record.row}>
                <td className={styles.cell}>{record.fullName}</td>
                <td className={styles.cell}>{record.company}</td>
                <td className={styles.cell}>{record.emails[0]?.address ?? ''}</td>
                <td className={styles.cell}>{record.phones[0]?.number ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {layout && (
        <section aria-label={t('importExport.import.mapping')} className={styles.mapping}>
          <Caption1>{t('importExport.import.mapping')}</Caption1>
          {saved.length > 0 && (
            <Field label={t('importExport.import.savedMapping')}>
              <Select
                value={matching.find((m) => JSON.stringify(m.keys) === JSON.stringify(layout.keys))?.name ?? ''}
                onChange={(_, d) => {
                  const mapping = saved.find((m) => m.name === d.value);
                  onRead({ ...options, keys: mapping?.keys });
                }}
              >
                <option value="">{t('importExport.import.savedMappingNone')}</option>
                {matching.map((m) => <option key={m.name} value={m.name}>{m.name}</option>)}
              </Select>
            </Field>
          )}
          {layout.headers.map((header, column) => {
            const sample = read.sampleRows.map((row) => row[column]?.trim() ?? '').find(Boolean) ?? '';
            const key = layout.keys[column] ?? 'ignore';
            const choices = keyOptions.includes(key) ? keyOptions : [key, ...keyOptions];
            return (
              <Field key={column} label={t('importExport.import.mappingOf', { header: header || `#${column + 1}` })} hint={sample ? t('importExport.import.mappingSample', { sample: sample.slice(0, 60) }) : undefined}>
                <Select
                  value={key}
                  onChange={(_, d) => {
                    const keys = layout.keys.map((k, i) => (i === column ? d.value : k));
                    onRead({ ...options, keys });
                  }}
                >
                  {choices.map((choice) => <option key={choice} value={choice}>{fieldLabel(choice, t, customFields)}</option>)}
                </Select>
              </Field>
            );
          })}
          <div className={styles.row}>
            <Field label={t('importExport.import.saveMapping')} className={styles.grow}>
              <Input value={mappingName} onChange={(_, d) => onMappingName(d.value)} />
            </Field>
            <Button disabled={!mappingName.trim()} onClick={onSave}>{t('importExport.import.saveMappingButton')}</Button>
          </div>
          {savedNote && <Caption1 role="status">{savedNote}</Caption1>}
        </section>
      )}
      <Field label={t('importExport.import.duplicates')}>
        <RadioGroup value={duplicates} onChange={(_, d) => onDuplicates(d.value as DuplicateChoice)}>
          <Radio value="skip" label={t('importExport.duplicates.skip')} />
          <Radio value="fill" label={t('importExport.duplicates.fill')} />
          <Radio value="create" label={t('importExport.duplicates.create')} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" disabled={read.records.length === 0} onClick={onStart}>{t('importExport.import.start', { count: read.records.length })}</Button>
    </>
  );
}
