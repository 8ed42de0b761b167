import { columnValue, type ReportNames, type ReportResult, type ReportRow } from '../../domain/reports/buildReport';
import type { BuiltInReportId, ReportColumn, ReportDefinition, ReportDimension } from '../../domain/reports/reportDefinition';
import { isBuiltInSource } from '../../domain/leadSources';
import type { FilterChip } from '../../domain/reports/filterChips';
import { ownerKey } from '../../domain/reports/buildReport';
import type { Locale, Translate } from '../../i18n/translate';

const localeTag = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-US');

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthFormat(locale: Locale): Intl.DateTimeFormat {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), { month: 'long', year: 'numeric' });
    monthFormats.set(locale, format);
  }
  return format;
}

/** A group's name as the user reads it: "Chưa giao" for unassigned, "tháng 3, 2026" for a month. */
export function groupLabel(dimension: ReportDimension, key: string, names: ReportNames, t: Translate, locale: Locale): string {
  switch (dimension) {
    case 'owner':
      return key === '' ? t('reports.group.unassigned') : (names.get(key) ?? t('reports.group.removedOwner'));
    case 'rating':
      return key === '' ? t('reports.group.noRating') : t(`record.rating.${key as 'hot' | 'warm' | 'cold'}`);
    case 'region':
      return key === '' ? t('reports.group.noRegion') : key;
    case 'source':
      return key === '' ? t('reports.group.noSource') : isBuiltInSource(key) ? t(`record.source.${key}`) : key;
    case 'status':
      return t(`workflow.status.${key as 'open' | 'qualified' | 'disqualified'}`);
    case 'createdMonth': {
      const match = /^(\d{4})-(\d{2})$/.exec(key);
      return match ? monthFormat(locale).format(new Date(Number(match[1]), Number(match[2]) - 1, 1)) : key;
    }
    case 'scoreBand':
      return t('reports.group.stars', { count: Number(key) });
  }
}

/** Share and conversion are rates, shown and exported as percentages. */
export const PERCENT_COLUMNS: ReadonlySet<ReportColumn> = new Set(['share', 'conversionRate']);

/** A column's value as shown (locale digits and separators); an empty rate or average is "–". */
export function formatColumn(column: ReportColumn, value: number | null, locale: Locale): string {
  if (value === null) return '–';
  if (PERCENT_COLUMNS.has(column)) return new Intl.NumberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (column === 'averageScore') return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 0 }).format(value);
}

/** A column's value for a file: percentages as numbers of percent (25.5), rounded like the screen. */
export function exportValue(column: ReportColumn, value: number | null): number | null {
  if (value === null) return null;
  if (PERCENT_COLUMNS.has(column)) return Math.round(value * 1000) / 10;
  if (column === 'averageScore') return Math.round(value * 10) / 10;
  return value;
}

export function reportTitle(definition: Pick<ReportDefinition, 'basedOn'>, savedName: string | null, t: Translate): string {
  return savedName ?? t(`reports.name.${definition.basedOn as BuiltInReportId}`);
}

export type ReportTable = { header: string[]; rows: Array<Array<string | number | null>> };

/**
 * The report as a flat table for CSV and Excel: one column per grouping level (a second-level row
 * repeats its first-level group, so the file sorts and filters), one per figure, and the total.
 */
export function reportTable(definition: Pick<ReportDefinition, 'groupBy' | 'columns'>, result: ReportResult, names: ReportNames, t: Translate, locale: Locale): ReportTable {
  const header = [
    ...definition.groupBy.map((d) => t(`reports.dim.${d}`)),
    ...definition.columns.map((c) => (PERCENT_COLUMNS.has(c) ? `${t(`reports.col.${c}`)} (%)` : t(`reports.col.${c}`))),
  ];
  const figures = (row: Pick<ReportRow, 'figures'>) => definition.columns.map((c) => exportValue(c, columnValue(c, row.figures, result.total)));
  const label = (row: ReportRow) => groupLabel(row.dimension, row.key, names, t, locale);
  const rows: ReportTable['rows'] = [];
  const levels = definition.groupBy.length;
  for (const row of result.rows) {
    if (levels === 1) {
      rows.push([label(row), ...figures(row)]);
      continue;
    }
    // The first-level subtotal, then its groups.
    rows.push([label(row), t('reports.total'), ...figures(row)]);
    for (const child of row.children) rows.push([label(row), label(child), ...figures(child)]);
  }
  rows.push([t('reports.total'), ...(levels === 2 ? [''] : []), ...figures({ figures: result.total })]);
  return { header, rows };
}

/** A file name from the report's title: letters, digits and dashes, never empty. */
export function reportFileName(title: string, extension: string): string {
  const base = [...title.normalize('NFC')].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').trim().replace(/\s+/g, ' ');
  return `${base || 'report'}.${extension}`;
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function formatDay(locale: Locale, at: number): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium' });
    dayFormats.set(locale, format);
  }
  return format.format(at);
}

/** A filter chip's text: the group's own name ("Hà Nội", "Nóng", "Chưa giao"), or the range. */
export function chipLabel(chip: FilterChip, names: ReportNames, t: Translate, locale: Locale): string {
  switch (chip.field) {
    case 'assignee': {
      const a = chip.value;
      if (a.type === 'me') return t('workflow.filter.me');
      if (a.type === 'unassigned' || a.type === 'any') return t('reports.group.unassigned');
      return groupLabel('owner', ownerKey(a.type === 'person' ? { ownerId: a.id } : { teamId: a.id }), names, t, locale);
    }
    case 'regions':
      return groupLabel('region', chip.value, names, t, locale);
    case 'ratings':
      return groupLabel('rating', chip.value, names, t, locale);
    case 'sources':
      return groupLabel('source', chip.value, names, t, locale);
    case 'statuses':
      return groupLabel('status', chip.value, names, t, locale);
    case 'score': {
      const { min, max } = chip.value;
      if (min !== undefined && max !== undefined) return t('chips.score', { min, max });
      return min !== undefined ? t('chips.scoreFrom', { min }) : t('chips.scoreTo', { max: max ?? 0 });
    }
    case 'created': {
      const { min, max } = chip.value;
      if (min !== undefined && max !== undefined) return t('chips.created', { from: formatDay(locale, min), to: formatDay(locale, max) });
      return min !== undefined ? t('chips.createdFrom', { from: formatDay(locale, min) }) : t('chips.createdTo', { to: formatDay(locale, max ?? 0) });
    }
  }
}
