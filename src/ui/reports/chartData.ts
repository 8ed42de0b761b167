import type { ReportNames, ReportResult } from '../../domain/reports/buildReport';
import type { BuiltInReportId, ReportDefinition, ReportDimension } from '../../domain/reports/reportDefinition';
import { monthRange } from '../../domain/reports/reportMonths';
import type { LeadFilters } from '../../domain/leadQuery';
import type { Locale, Translate } from '../../i18n/translate';
import { groupLabel } from './reportText';

export type ChartShape = 'bar' | 'donut' | 'line';
/** `at`: a month's first day (line charts). */
export type ChartPoint = { key: string; label: string; value: number; at?: number };

/** The Leads list's chart strip offers these; each is a built-in report's first level. */
export type StripChart = 'region' | 'source' | 'owner' | 'rating' | 'month';
export const STRIP_CHARTS: readonly StripChart[] = ['region', 'source', 'owner', 'rating', 'month'];

const STRIP_DIMENSION: Record<StripChart, ReportDimension> = { region: 'region', source: 'source', owner: 'owner', rating: 'rating', month: 'createdMonth' };
const STRIP_REPORT: Record<StripChart, BuiltInReportId> = { region: 'byRegion', source: 'bySource', owner: 'byOwner', rating: 'byOwnerRating', month: 'byMonth' };

/** Most bars a bar chart draws; the rest are in the report and the table. */
export const MAX_BARS = 12;

/** A bar, a donut (rating: few parts of one whole), or a line (months). */
export function chartShape(dimension: ReportDimension): ChartShape {
  return dimension === 'rating' ? 'donut' : dimension === 'createdMonth' ? 'line' : 'bar';
}

/** The report behind a strip chart: counts only, largest first for bars, over the list's filters. */
export function stripDefinition(chart: StripChart, filters: LeadFilters): ReportDefinition {
  const dimension = STRIP_DIMENSION[chart];
  return {
    basedOn: STRIP_REPORT[chart],
    groupBy: [dimension],
    columns: ['count'],
    sort: chartShape(dimension) === 'bar' ? { by: 'count', direction: 'desc' } : { by: 'group', direction: 'asc' },
    // The strip charts the list's own leads: disqualified ones only when the list shows them.
    filters: { ...filters, includeDisqualified: filters.includeDisqualified ?? false },
  };
}

/** The first level of a report as chart points (counts), bars cut to the largest `MAX_BARS`. */
export function chartPoints(result: ReportResult, names: ReportNames, t: Translate, locale: Locale): ChartPoint[] {
  const points = result.rows.map((row) => {
    const point: ChartPoint = { key: row.key, label: groupLabel(row.dimension, row.key, names, t, locale), value: row.figures.count };
    if (row.dimension === 'createdMonth') point.at = monthRange(row.key).min;
    return point;
  });
  const dimension = result.rows[0]?.dimension;
  return dimension && chartShape(dimension) === 'bar' ? points.slice(0, MAX_BARS) : points;
}
