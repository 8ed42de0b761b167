import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { ArrowUpload20Regular } from '@fluentui/react-icons/svg/arrow-upload';
import { ArrowDownload20Regular } from '@fluentui/react-icons/svg/arrow-download';
import { ImportPanel, InterruptedImportBar } from '../import-export/ImportPanel';
import { ExportPanel } from '../import-export/ExportPanel';
import { useEffect, useMemo, useRef, useState } from 'react';
import { emptyLeadInput } from '../../domain/lead';
import { DEFAULT_LEAD_QUERY, LEAD_SORTS, type LeadFilters, type LeadQuery, type LeadSort } from '../../domain/leadQuery';
import type { Lead, LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { DraftedLeadForm } from '../form-drafts/DraftedLeadForm';
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
import { useAssigneeName } from '../assignment/useAssigneeName';
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

/** The Leads tab's "New lead" form keeps one draft; the empty values it starts from. */
const NEW_LEAD_DRAFT = { kind: 'newLead', messageId: null } as const;
const EMPTY_LEAD_INPUT = emptyLeadInput();

type View = { kind: 'list' } | { kind: 'record'; id: LeadId } | { kind: 'new' } | { kind: 'bin' } | { kind: 'import' } | { kind: 'export' };
type ListButton = 'new' | 'import' | 'export' | 'bin' | 'undo';
/** Where keyboard focus goes when the list comes back: the row or the button the user left from. */
type ReturnFocus = { kind: 'row'; id: LeadId; index: number | null } | { kind: 'button'; button: ListButton };

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
  // Save & New: the form starts over (a new key) under a note naming the lead just saved.
  const [savedForNext, setSavedForNext] = useState<{ name: string; count: number } | null>(null);
  const [returnFocus, setReturnFocus] = useState<ReturnFocus | null>(initialLeadId ? { kind: 'row', id: initialLeadId, index: null } : null);
  // The list button to focus when the list comes back; taken once, by the button's ref.
  const returnButton = useRef<ListButton | null>(null);
  const openFrom = (button: ListButton, next: View) => {
    returnButton.current = button;
    setSavedForNext(null);
    setReturnFocus({ kind: 'button', button });
    setView(next);
  };
  const openRecord = (id: LeadId, index: number | null) => {
    returnButton.current = null;
    setReturnFocus({ kind: 'row', id, index });
    setView({ kind: 'record', id });
  };
  const focusIfReturning = (button: ListButton) => (node: HTMLButtonElement | null) => {
    if (!node || returnButton.current !== button) return;
    returnButton.current = null;
    node.focus();
  };

  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => (q.text === text ? q : { ...q, text })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const rows = useLeadRows(query);
  const scored = useListScores(rows);
  const assigneeOf = useAssigneeName();
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
          ref={focusIfReturning('undo')}
          onClick={async () => {
            await leads.restore(deleted.id);
            setDeleted(null);
            setReturnFocus({ kind: 'row', id: deleted.id, index: null });
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
          key={view.id}
          leadId={view.id}
          onDeleted={(lead) => {
            setDeleted(lead);
            openFrom('undo', { kind: 'list' });
          }}
          onOpenExisting={(m) => openRecord(m.record.id as LeadId, null)}
        />
      </div>
    );
  }
  if (view.kind === 'new') {
    return (
      <div className={styles.root}>
        {back}
        <Subtitle2 as="h2">{t('lead.new.title')}</Subtitle2>
        {savedForNext && (
          <MessageBar intent="success">
            <MessageBarBody>{t('lead.savedNext', { name: savedForNext.name })}</MessageBarBody>
          </MessageBar>
        )}
        <DraftedLeadForm
          key={savedForNext?.count ?? 0}
          target={NEW_LEAD_DRAFT}
          initial={EMPTY_LEAD_INPUT}
          autoFocus
          onSavedAndNew={(lead) => setSavedForNext((previous) => ({ name: lead.fullName, count: (previous?.count ?? 0) + 1 }))}
          onCancel={() => setView({ kind: 'list' })}
          onSave={(input, _baseRev, photo, checks) => leads.create(input, undefined, photo, checks)}
          onSaved={(lead) => openRecord(lead.id, null)}
          onOpenExisting={(m) => openRecord(m.record.id as LeadId, null)}
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
        <Caption1 aria-live="polite">{rows.total === undefined ? t('app.loading') : t(rows.totalIsEstimate ? 'leads.matchingAbout' : 'leads.matching', { count: rows.total })}</Caption1>
        <div className={styles.controls}>
          <Button ref={focusIfReturning('new')} size="small" appearance="primary" icon={<Add20Regular />} onClick={() => openFrom('new', { kind: 'new' })}>
            {t('record.newLead')}
          </Button>
          <Button ref={focusIfReturning('import')} size="small" icon={<ArrowUpload20Regular />} onClick={() => openFrom('import', { kind: 'import' })}>
            {t('importExport.import')}
          </Button>
          <Button ref={focusIfReturning('export')} size="small" icon={<ArrowDownload20Regular />} onClick={() => openFrom('export', { kind: 'export' })}>
            {t('importExport.export')}
          </Button>
          <Button ref={focusIfReturning('bin')} size="small" icon={<Delete20Regular />} onClick={() => openFrom('bin', { kind: 'bin' })}>
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
        <VirtualLeadList rows={scored.rows} scoreOf={scored.scoreOf} assigneeOf={assigneeOf} selection={selection} onOpen={openRecord} label={t('leads.title')}
          focusLead={returnFocus?.kind === 'row' ? returnFocus : null} />
      )}
    </div>
  );
}
