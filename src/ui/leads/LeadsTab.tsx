import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { ArrowUpload20Regular } from '@fluentui/react-icons/svg/arrow-upload';
import { ArrowDownload20Regular } from '@fluentui/react-icons/svg/arrow-download';
import { ImportPanel, InterruptedImportBar } from '../import-export/ImportPanel';
import { ExportPanel } from '../import-export/ExportPanel';
import { useEffect, useMemo, useState } from 'react';
import { emptyLeadInput } from '../../domain/lead';
import { DEFAULT_LEAD_QUERY, LEAD_SORTS, type LeadFilters, type LeadQuery, type LeadSort } from '../../domain/leadQuery';
import type { Lead, LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { LeadForm } from '../lead-form/LeadForm';
import { useRepositories } from '../shell/RepositoriesContext';
import { LeadRecord } from './LeadRecord';
import { LeadFilterBar } from './LeadFilterBar';
import { BulkJobStatus } from '../shared/BulkJobStatus';
import { LeadsBulkToolbar } from './LeadsBulkToolbar';
import { RecycleBin } from './RecycleBin';
import { useLeadRows } from './useLeadRows';
import { useLeadSelection } from './useLeadSelection';
import { VirtualLeadList } from './VirtualLeadList';
import { useListScores } from './useListScores';
import { FilterChips } from './FilterChips';
import { LeadFieldFilters } from './LeadFieldFilters';
import { LeadChartStrip } from '../reports/LeadChartStrip';
import { useLiveQuery } from 'dexie-react-hooks';
import { ChevronDown20Regular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 150;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '12em' },
  sort: { width: '9em' },
  back: { alignSelf: 'flex-start' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' },
});

type View = { kind: 'list' } | { kind: 'record'; id: LeadId } | { kind: 'new' } | { kind: 'bin' } | { kind: 'import' } | { kind: 'export' };

/**
 * `initialLeadId`: open this lead's record first (another tab asked for it); `initialFilters`:
 * open the list with these filters (a report's group).
 */
export function LeadsTab({ initialLeadId, initialFilters }: { initialLeadId?: LeadId; initialFilters?: LeadFilters } = {}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads, reports } = useRepositories();
  const [view, setView] = useState<View>(initialLeadId ? { kind: 'record', id: initialLeadId } : { kind: 'list' });
  const [text, setText] = useState('');
  const [query, setQuery] = useState<LeadQuery>(initialFilters ? { ...DEFAULT_LEAD_QUERY, filters: initialFilters } : DEFAULT_LEAD_QUERY);
  const [moreFilters, setMoreFilters] = useState(false);
  const names = useLiveQuery(() => reports.names(), [reports]) ?? new Map<string, string>();
  const setFilters = (filters: LeadFilters) => setQuery((q) => ({ ...q, filters }));
  const [deleted, setDeleted] = useState<Lead | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => (q.text === text ? q : { ...q, text })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const rows = useLeadRows(query);
  const scored = useListScores(rows);
  const selection = useLeadSelection({ total: rows.total ?? 0, idsBetween: rows.idsBetween, allIds: rows.allIds });
  const { clear } = selection;
  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  // A new search or sort starts a new selection: what was selected may no longer be listed.
  useEffect(() => clear(), [queryKey, clear]);

  const back = (
    <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => setView({ kind: 'list' })}>
      {t('lead.back')}
    </Button>
  );
  const undoBar = deleted && (
    <MessageBar intent="info">
      <MessageBarBody>{t('record.deleted', { name: deleted.fullName })}</MessageBarBody>
      <MessageBarActions>
        <Button
          onClick={async () => {
            await leads.restore(deleted.id);
            setDeleted(null);
          }}
        >
          {t('record.undo')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );

  if (view.kind === 'record') {
    return (
      <div className={styles.root}>
        {back}
        <LeadRecord
          leadId={view.id}
          onDeleted={(lead) => {
            setDeleted(lead);
            setView({ kind: 'list' });
          }}
          onOpenExisting={(m) => setView({ kind: 'record', id: m.record.id as LeadId })}
        />
      </div>
    );
  }
  if (view.kind === 'new') {
    return (
      <div className={styles.root}>
        {back}
        <Subtitle2 as="h2">{t('lead.new.title')}</Subtitle2>
        <LeadForm
          initial={emptyLeadInput()}
          onSave={(input, _baseRev, photo) => leads.create(input, undefined, photo)}
          onSaved={(lead) => setView({ kind: 'record', id: lead.id })}
          onOpenExisting={(m) => setView({ kind: 'record', id: m.record.id as LeadId })}
        />
      </div>
    );
  }
  if (view.kind === 'import') {
    return (
      <div className={styles.root}>
        {back}
        <ImportPanel onDone={() => setView({ kind: 'list' })} />
      </div>
    );
  }
  if (view.kind === 'export') {
    return (
      <div className={styles.root}>
        {back}
        <ExportPanel
          scope={{ view: { count: rows.total ?? 0, ids: rows.allIds }, selection: selection.count ? { count: selection.count, ids: selection.resolveIds } : null }}
          onDone={() => setView({ kind: 'list' })}
        />
      </div>
    );
  }
  if (view.kind === 'bin') {
    return (
      <div className={styles.root}>
        {back}
        <Subtitle2 as="h2">{t('bin.title')}</Subtitle2>
        <RecycleBin />
      </div>
    );
  }

  return (
    <div className={styles.root}>
      {undoBar}
      <InterruptedImportBar />
      <div className={styles.controls}>
        <Field label={t('leads.search')} className={styles.search}>
          <Input type="search" value={text} placeholder={t('leads.search.placeholder')} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Field label={t('leads.sort')} className={styles.sort}>
          <Select value={query.sort} onChange={(_, d) => setQuery((q) => ({ ...q, sort: d.value as LeadSort }))}>
            {LEAD_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`leads.sort.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.bar}>
        <Caption1 aria-live="polite">{rows.total === undefined ? t('app.loading') : t('leads.matching', { count: rows.total })}</Caption1>
        <div className={styles.controls}>
          <Button size="small" appearance="primary" icon={<Add20Regular />} onClick={() => setView({ kind: 'new' })}>
            {t('record.newLead')}
          </Button>
          <Button size="small" icon={<ArrowUpload20Regular />} onClick={() => setView({ kind: 'import' })}>
            {t('importExport.import')}
          </Button>
          <Button size="small" icon={<ArrowDownload20Regular />} onClick={() => setView({ kind: 'export' })}>
            {t('importExport.export')}
          </Button>
          <Button size="small" icon={<Delete20Regular />} onClick={() => setView({ kind: 'bin' })}>
            {t('leads.recycleBin')}
          </Button>
        </div>
      </div>
      <LeadFilterBar value={query.filters} onChange={setFilters} />
      <Button
        className={styles.back}
        size="small"
        appearance="subtle"
        icon={moreFilters ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={moreFilters}
        onClick={() => setMoreFilters((v) => !v)}
      >
        {t('filters.more')}
      </Button>
      {moreFilters && <LeadFieldFilters value={query.filters} onChange={setFilters} />}
      <LeadChartStrip filters={query.filters} onFilters={setFilters} />
      <FilterChips value={query.filters} names={names} onChange={setFilters} />
      <LeadsBulkToolbar selection={selection} />
      <BulkJobStatus />
      {rows.total === undefined ? (
        <Spinner size="small" label={t('app.loading')} />
      ) : rows.total === 0 ? (
        <Body1>{query.text ? t('leads.noMatch', { text: query.text }) : t('leads.empty')}</Body1>
      ) : (
        <VirtualLeadList rows={scored.rows} scoreOf={scored.scoreOf} selection={selection} onOpen={(id) => setView({ kind: 'record', id })} label={t('leads.title')} />
      )}
    </div>
  );
}
