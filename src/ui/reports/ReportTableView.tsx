import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { columnValue, type GroupStep, type ReportRow } from '../../domain/reports/buildReport';
import type { ReportDefinition } from '../../domain/reports/reportDefinition';
import { useI18n } from '../../i18n/I18nContext';
import type { ReportOutput } from '../../storage/reports/reportRepository';
import { formatColumn, groupLabel } from './reportText';

const useStyles = makeStyles({
  // The table scrolls sideways on its own at 320 px instead of widening the pane.
  scroll: { overflowX: 'auto', maxWidth: '100%', '@media print': { overflow: 'visible' } },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  head: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'bottom' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  group: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere', minWidth: '7em' },
  child: { paddingLeft: tokens.spacingHorizontalL },
  parent: { fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});

/**
 * A report as a grouped table: a second level is indented under its group; each group's name
 * is a link that opens the Leads list filtered to that group's leads.
 */
export function ReportTableView({ definition, output, title, onOpenGroup }: { definition: ReportDefinition; output: ReportOutput; title: string; onOpenGroup(path: GroupStep[]): void }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const label = (row: ReportRow) => groupLabel(row.dimension, row.key, output.names, t, locale);
  const groupHeader = definition.groupBy.map((d) => t(`reports.dim.${d}`)).join(' / ');

  const line = (row: ReportRow, path: GroupStep[], depth: number) => {
    const name = label(row);
    return (
      <tr key={path.map((p) => `${p.dimension}=${p.key}`).join('|')} className={depth === 0 && row.children.length ? styles.parent : undefined}>
        <th scope="row" className={`${styles.cell} ${styles.group} ${depth ? styles.child : ''}`}>
          <Link as="button" inline onClick={() => onOpenGroup(path)} aria-label={t('reports.showLeads', { count: row.figures.count, group: name })}>
            {name}
          </Link>
        </th>
        {definition.columns.map((c) => (
          <td key={c} className={`${styles.cell} ${styles.number}`}>
            {formatColumn(c, columnValue(c, row.figures, output.total), locale)}
          </td>
        ))}
      </tr>
    );
  };

  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={title}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              {groupHeader}
            </th>
            {definition.columns.map((c) => (
              <th key={c} scope="col" className={`${styles.head} ${styles.number}`}>
                {t(`reports.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {output.rows.flatMap((row) => {
            const path = [{ dimension: row.dimension, key: row.key }];
            return [line(row, path, 0), ...row.children.map((child) => line(child, [...path, { dimension: child.dimension, key: child.key }], 1))];
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${styles.cell} ${styles.group} ${styles.total}`}>
              {t('reports.total')}
            </th>
            {definition.columns.map((c) => (
              <td key={c} className={`${styles.cell} ${styles.number} ${styles.total}`}>
                {formatColumn(c, columnValue(c, output.total, output.total), locale)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
