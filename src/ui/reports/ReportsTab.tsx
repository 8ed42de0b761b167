import {
  Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStaticStyles, makeStyles, Menu, MenuItem,
  MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Subtitle2, ToggleButton, tokens,
} from '@fluentui/react-components';
import { ChartMultiple20Regular } from '@fluentui/react-icons/svg/chart-multiple';
import { MoreHorizontal20Regular } from '@fluentui/react-icons/svg/more-horizontal';
import { Options20Regular } from '@fluentui/react-icons/svg/options';
import { Save20Regular } from '@fluentui/react-icons/svg/save';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { filtersOfGroup, type GroupStep } from '../../domain/reports/buildReport';
import { BUILT_IN_REPORT_IDS, BUILT_IN_REPORTS, MAX_REPORT_NAME_LENGTH, type BuiltInReportId, type ReportDefinition } from '../../domain/reports/reportDefinition';
import type { ReportNameError } from '../../domain/reports/reportName';
import { toCsv } from '../../import-export/csvWriter';
import { toXlsx } from '../../import-export/xlsxWriter';
import { useI18n } from '../../i18n/I18nContext';
import { ValidationError } from '../../storage/errors';
import type { SavedReportEntry } from '../../storage/reports/savedReportRepository';
import { download } from '../import-export/ImportPanel';
import { useNavigation } from '../shell/NavigationContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { chartPoints, chartShape } from './chartData';
import { ChartPanel } from './ChartPanel';
import { ReportCustomise } from './ReportCustomise';
import { ReportTableView } from './ReportTableView';
import { reportFileName, reportTable, reportTitle } from './reportText';

// Printing a report prints the report only: no tabs, toolbars or customise panel.
const usePrintStyles = makeStaticStyles(`@media print {
  [data-no-print] { display: none !important; }
  body { background-color: white; color: black; }
  [data-print-area] a, [data-print-area] button { color: black; text-decoration: none; }
}`);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  picker: { minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  title: { overflowWrap: 'anywhere' },
  // Inline, the menu is in the page's stacking order: above the customise panel's fields below it.
  menu: { zIndex: 10 },
});

type Opened = { kind: 'builtIn'; id: BuiltInReportId } | { kind: 'saved'; id: string };
const openedKey = (o: Opened) => `${o.kind === 'builtIn' ? 'b' : 's'}:${o.id}`;

type NameDialog = { mode: 'saveAs' | 'rename'; name: string; error: ReportNameError | null } | null;

/**
 * The Reports tab: Business Contact Manager's three lead reports and the ones Dynamics users
 * expect, customisable and savable; every figure is live, and a group opens its leads.
 */
export function ReportsTab() {
  usePrintStyles();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const { reports, savedReports } = useRepositories();
  const navigation = useNavigation();
  const saved = useLiveQuery(() => savedReports.list(), [savedReports]);
  const [opened, setOpened] = useState<Opened>({ kind: 'builtIn', id: 'byOwner' });
  const [definition, setDefinition] = useState<ReportDefinition>(BUILT_IN_REPORTS.byOwner);
  const [customising, setCustomising] = useState(false);
  const [charting, setCharting] = useState(false);
  const [nameDialog, setNameDialog] = useState<NameDialog>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const savedEntry: SavedReportEntry | undefined = opened.kind === 'saved' ? saved?.find((r) => r.id === opened.id) : undefined;
  const unreadable = opened.kind === 'saved' && savedEntry !== undefined && savedEntry.definition === null;
  const definitionKey = JSON.stringify(definition);
  // The result carries the definition it was run for: while the next one runs, the old figures
  // are not shown under the new report's title.
  const run = useLiveQuery(
    async () => ({ key: definitionKey, output: unreadable ? null : await reports.run(definition) }),
    [reports, definitionKey, unreadable],
  );
  const output = run?.key === definitionKey ? run.output : undefined;
  const title = reportTitle(definition, savedEntry?.name ?? null, t);
  const changed = savedEntry?.definition ? JSON.stringify(savedEntry.definition) !== definitionKey : false;

  const open = (next: Opened, entries = saved) => {
    setOpened(next);
    if (next.kind === 'builtIn') setDefinition(BUILT_IN_REPORTS[next.id]);
    else {
      const entry = entries?.find((r) => r.id === next.id);
      if (entry?.definition) setDefinition(entry.definition);
    }
  };

  const openGroup = (path: GroupStep[]) => navigation?.openLeads?.(filtersOfGroup(definition.filters, path));

  const submitName = async () => {
    if (!nameDialog) return;
    try {
      if (nameDialog.mode === 'saveAs') {
        const entry = await savedReports.saveAs(nameDialog.name, definition);
        setOpened({ kind: 'saved', id: entry.id });
      } else if (savedEntry) {
        await savedReports.rename(savedEntry.id, nameDialog.name);
      }
      setNameDialog(null);
    } catch (error) {
      const code = error instanceof ValidationError ? (error.errors[0]?.code as ReportNameError | undefined) : undefined;
      if (!code) throw error;
      setNameDialog({ ...nameDialog, error: code });
    }
  };

  const exportAs = async (format: 'csv' | 'xlsx') => {
    if (!output) return;
    const table = reportTable(definition, output, output.names, t, locale);
    if (format === 'csv') download(reportFileName(title, 'csv'), new Blob([toCsv([table.header, ...table.rows])], { type: 'text/csv;charset=utf-8' }));
    else download(reportFileName(title, 'xlsx'), await toXlsx([{ name: title, header: table.header, rows: table.rows }]));
  };

  const points = useMemo(() => (output ? chartPoints(output, output.names, t, locale) : []), [output, t, locale]);
  const nameErrorText = nameDialog?.error ? t(`reports.nameError.${nameDialog.error}`, { max: MAX_REPORT_NAME_LENGTH }) : undefined;

  return (
    <div className={styles.root}>
      <div data-no-print className={styles.root}>
        <Field label={t('reports.pick')} className={styles.picker}>
          <Select
            value={openedKey(opened)}
            onChange={(_, d) => {
              const [kind, ...rest] = d.value.split(':');
              const id = rest.join(':');
              open(kind === 'b' ? { kind: 'builtIn', id: id as BuiltInReportId } : { kind: 'saved', id });
            }}
          >
            <optgroup label={t('reports.builtIn')}>
              {BUILT_IN_REPORT_IDS.map((id) => (
                <option key={id} value={`b:${id}`}>
                  {t(`reports.name.${id}`)}
                </option>
              ))}
            </optgroup>
            {saved && saved.length > 0 && (
              <optgroup label={t('reports.saved')}>
                {saved.map((r) => (
                  <option key={r.id} value={`s:${r.id}`}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        </Field>
        <div className={styles.actions} role="toolbar" aria-label={t('reports.actions')}>
          <ToggleButton size="small" icon={<Options20Regular />} checked={customising} onClick={() => setCustomising((v) => !v)} disabled={unreadable}>
            {t('reports.customise')}
          </ToggleButton>
          <ToggleButton size="small" icon={<ChartMultiple20Regular />} checked={charting} onClick={() => setCharting((v) => !v)} disabled={unreadable}>
            {t('reports.chart')}
          </ToggleButton>
          {savedEntry?.definition && changed && (
            <Button size="small" appearance="primary" icon={<Save20Regular />} onClick={() => void savedReports.update(savedEntry.id, definition)}>
              {t('reports.save')}
            </Button>
          )}
          <Button size="small" onClick={() => setNameDialog({ mode: 'saveAs', name: savedEntry?.name ?? title, error: null })} disabled={unreadable}>
            {t('reports.saveAs')}
          </Button>
          {/* Inline: a portal under <body> would leave the menu items outside the page's landmarks. */}
          <Menu inline>
            <MenuTrigger disableButtonEnhancement>
              <Button size="small" icon={<MoreHorizontal20Regular />} aria-label={t('reports.actions')} title={t('reports.actions')} />
            </MenuTrigger>
            <MenuPopover className={styles.menu}>
              <MenuList>
                <MenuItem disabled={!output} onClick={() => void exportAs('csv')}>{t('reports.export.csv')}</MenuItem>
                <MenuItem disabled={!output} onClick={() => void exportAs('xlsx')}>{t('reports.export.xlsx')}</MenuItem>
                <MenuItem disabled={!output} onClick={() => window.print()}>{t('reports.print')}</MenuItem>
                {savedEntry && (
                  <>
                    <MenuItem onClick={() => setNameDialog({ mode: 'rename', name: savedEntry.name, error: null })}>{t('reports.rename')}</MenuItem>
                    <MenuItem
                      disabled={unreadable}
                      onClick={async () => {
                        const copy = await savedReports.duplicate(savedEntry.id);
                        setOpened({ kind: 'saved', id: copy.id });
                      }}
                    >
                      {t('reports.duplicate')}
                    </MenuItem>
                    <MenuItem onClick={() => setConfirmDelete(true)}>{t('reports.delete')}</MenuItem>
                  </>
                )}
              </MenuList>
            </MenuPopover>
          </Menu>
          {changed && <Caption1>{t('reports.changed')}</Caption1>}
        </div>
        {customising && !unreadable && <ReportCustomise value={definition} onChange={setDefinition} />}
      </div>

      <div data-print-area className={styles.root}>
        <Subtitle2 as="h2" className={styles.title}>
          {title}
        </Subtitle2>
        {unreadable ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('reports.unreadable')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setConfirmDelete(true)}>{t('reports.delete')}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : output === undefined || output === null ? (
          <Spinner size="small" label={t('app.loading')} />
        ) : output.total.count === 0 ? (
          <Body1>{t('reports.empty')}</Body1>
        ) : (
          <>
            {charting && (
              <ChartPanel
                shape={chartShape(definition.groupBy[0])}
                title={title}
                points={points}
                onPick={(key) => openGroup([{ dimension: definition.groupBy[0], key }])}
                pickLabel={(p) => t('reports.showLeads', { count: p.value, group: p.label })}
              />
            )}
            <ReportTableView definition={definition} output={output} title={title} onOpenGroup={openGroup} />
          </>
        )}
      </div>

      <Dialog open={nameDialog !== null} onOpenChange={(_, d) => !d.open && setNameDialog(null)}>
        <DialogSurface>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submitName();
            }}
          >
            <DialogBody>
              <DialogTitle>{nameDialog?.mode === 'rename' ? t('reports.rename.title') : t('reports.saveAs.title')}</DialogTitle>
              <DialogContent>
                <Field label={t('reports.nameField')} validationMessage={nameErrorText} validationState={nameErrorText ? 'error' : 'none'}>
                  <Input value={nameDialog?.name ?? ''} maxLength={MAX_REPORT_NAME_LENGTH + 10} onChange={(_, d) => nameDialog && setNameDialog({ ...nameDialog, name: d.value, error: null })} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit">
                  {t('reports.save')}
                </Button>
                <Button onClick={() => setNameDialog(null)}>{t('reports.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>

      <Dialog open={confirmDelete} onOpenChange={(_, d) => !d.open && setConfirmDelete(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('reports.delete.title')}</DialogTitle>
            <DialogContent>{t('reports.delete.confirm', { name: savedEntry?.name ?? '' })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={async () => {
                  if (savedEntry) await savedReports.remove(savedEntry.id);
                  setConfirmDelete(false);
                  open({ kind: 'builtIn', id: definition.basedOn });
                }}
              >
                {t('reports.delete')}
              </Button>
              <Button onClick={() => setConfirmDelete(false)}>{t('reports.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
