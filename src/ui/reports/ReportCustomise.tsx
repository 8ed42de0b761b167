import { Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { REPORT_COLUMNS, REPORT_DIMENSIONS, type ReportColumn, type ReportDefinition, type ReportDimension, type ReportSortKey } from '../../domain/reports/reportDefinition';
import { useI18n } from '../../i18n/I18nContext';
import { LeadFieldFilters } from '../leads/LeadFieldFilters';
import { LeadFilterBar } from '../leads/LeadFilterBar';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  columns: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** Layout (grouping, columns), sort and filters of a report: Business Contact Manager's "Modify". */
export function ReportCustomise({ value, onChange }: { value: ReportDefinition; onChange(definition: ReportDefinition): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [first, second] = value.groupBy;

  const setGrouping = (nextFirst: ReportDimension, nextSecond: ReportDimension | '') => {
    const groupBy: ReportDefinition['groupBy'] = nextSecond && nextSecond !== nextFirst ? [nextFirst, nextSecond] : [nextFirst];
    onChange({ ...value, groupBy });
  };
  const toggleColumn = (column: ReportColumn, on: boolean) => {
    const columns = on ? REPORT_COLUMNS.filter((c) => c === column || value.columns.includes(c)) : value.columns.filter((c) => c !== column);
    if (!columns.length) return; // A report keeps at least one figure.
    // Sorting by a column taken away falls back to the groups' own order.
    const sort = columns.includes(value.sort.by as ReportColumn) || value.sort.by === 'group' ? value.sort : { ...value.sort, by: 'group' as const };
    onChange({ ...value, columns, sort });
  };

  return (
    <section className={styles.root} aria-label={t('reports.customise')}>
      <div className={styles.grid}>
        <Field label={t('reports.groupBy')}>
          <Select className={styles.select} value={first} onChange={(_, d) => setGrouping(d.value as ReportDimension, second ?? '')}>
            {REPORT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`reports.dim.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('reports.thenBy')}>
          <Select className={styles.select} value={second ?? ''} onChange={(_, d) => setGrouping(first, d.value as ReportDimension | '')}>
            <option value="">{t('reports.thenBy.none')}</option>
            {REPORT_DIMENSIONS.filter((d) => d !== first).map((d) => (
              <option key={d} value={d}>
                {t(`reports.dim.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('reports.sortBy')}>
          <Select className={styles.select} value={value.sort.by} onChange={(_, d) => onChange({ ...value, sort: { ...value.sort, by: d.value as ReportSortKey } })}>
            <option value="group">{t('reports.sort.group')}</option>
            {value.columns.map((c) => (
              <option key={c} value={c}>
                {t(`reports.col.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('reports.sortDirection')}>
          <Select className={styles.select} value={value.sort.direction} onChange={(_, d) => onChange({ ...value, sort: { ...value.sort, direction: d.value as 'asc' | 'desc' } })}>
            <option value="asc">{t('reports.sort.asc')}</option>
            <option value="desc">{t('reports.sort.desc')}</option>
          </Select>
        </Field>
      </div>
      <fieldset className={styles.columns}>
        <legend className={styles.legend}>{t('reports.columns')}</legend>
        {REPORT_COLUMNS.map((c) => (
          <Checkbox key={c} label={t(`reports.col.${c}`)} checked={value.columns.includes(c)} onChange={(_, d) => toggleColumn(c, Boolean(d.checked))} />
        ))}
      </fieldset>
      <fieldset className={styles.filters}>
        <legend className={styles.legend}>{t('reports.filters')}</legend>
        <LeadFilterBar value={value.filters} onChange={(filters) => onChange({ ...value, filters })} hideDisqualifiedToggle />
        <LeadFieldFilters value={value.filters} onChange={(filters) => onChange({ ...value, filters })} />
      </fieldset>
    </section>
  );
}
