import { buildReport, factsFromLeads } from '../../../domain/reports/buildReport';
import { BUILT_IN_REPORTS, type ReportColumn, type ReportDimension } from '../../../domain/reports/reportDefinition';
import { monthKey, monthRange } from '../../../domain/reports/reportMonths';
import type { FilterChip } from '../../../domain/reports/filterChips';
import type { PersonId } from '../../../domain/types';
import { createTranslate, type Locale } from '../../../i18n/translate';
import { chartPoints, chartShape, MAX_BARS, stripDefinition } from '../chartData';
import { chipLabel, formatColumn, groupLabel, reportFileName, reportTable } from '../reportText';

const en = createTranslate('en');
const vi = createTranslate('vi');
const NAMES = new Map([['person:p1', 'Lan Phạm'], ['team:t1', 'Miền Nam']]);

describe('groupLabel', () => {
  it.each<[ReportDimension, string, Locale, string]>([
    ['owner', '', 'vi', 'Chưa giao'],
    ['owner', '', 'en', 'Unassigned'],
    ['owner', 'person:p1', 'vi', 'Lan Phạm'],
    ['owner', 'person:gone', 'en', 'Removed person or team'],
    ['rating', 'hot', 'vi', 'Nóng'],
    ['rating', '', 'en', 'Not rated'],
    ['region', '', 'vi', 'Chưa có tỉnh / thành phố'],
    ['region', 'Đà Nẵng', 'en', 'Đà Nẵng'],
    ['source', 'wordOfMouth', 'en', 'Word of mouth'],
    ['source', 'Hội chợ', 'en', 'Hội chợ'],
    ['source', '', 'vi', 'Chưa có nguồn'],
    ['status', 'qualified', 'vi', 'Đã chuyển đổi'],
    ['createdMonth', '2026-03', 'en', 'March 2026'],
    ['createdMonth', '2026-03', 'vi', 'tháng 3 năm 2026'],
    ['scoreBand', '1', 'en', '1 star'],
    ['scoreBand', '4', 'vi', '4 sao'],
  ])('%s %j in %s is %j', (dimension, key, locale, label) => {
    expect(groupLabel(dimension, key, NAMES, locale === 'vi' ? vi : en, locale)).toBe(label);
  });
});

describe('formatColumn', () => {
  it.each<[ReportColumn, number | null, Locale, string]>([
    ['count', 12345, 'en', '12,345'],
    ['count', 12345, 'vi', '12.345'],
    ['share', 0.4286, 'en', '42.9%'],
    ['conversionRate', 0.5, 'vi', '50%'],
    ['averageScore', 61.25, 'vi', '61,3'],
    ['averageScore', null, 'en', '–'],
    ['opportunityValue', 1500000, 'vi', '1.500.000'],
  ])('%s %j in %s is %j', (column, value, locale, text) => {
    expect(formatColumn(column, value, locale).replace(/\u00a0/g, ' ')).toBe(text);
  });
});

describe('chipLabel', () => {
  it.each<[FilterChip, string]>([
    [{ field: 'assignee', value: { type: 'unassigned' } }, 'Chưa giao'],
    [{ field: 'assignee', value: { type: 'person', id: 'p1' as PersonId } }, 'Lan Phạm'],
    [{ field: 'regions', value: 'Hà Nội' }, 'Hà Nội'],
    [{ field: 'ratings', value: 'cold' }, 'Lạnh'],
    [{ field: 'score', value: { min: 40, max: 80 } }, 'Điểm 40–80'],
    [{ field: 'score', value: { min: 40 } }, 'Điểm từ 40'],
  ])('%j reads %j in Vietnamese', (chip, label) => {
    expect(chipLabel(chip, NAMES, vi, 'vi')).toBe(label);
  });
});

const LEADS = [
  { id: 'a', ownerId: 'p1', rating: 'hot' as const, region: 'Hà Nội', source: 'website', status: 'open' as const, createdAt: new Date(2026, 0, 5).getTime() },
  { id: 'b', ownerId: 'p1', rating: null, region: 'Huế', source: 'email', status: 'qualified' as const, createdAt: new Date(2026, 1, 5).getTime() },
  { id: 'c', ownerId: null, rating: 'hot' as const, source: '', status: 'open' as const, createdAt: new Date(2026, 1, 9).getTime() },
];
const FACTS = factsFromLeads(LEADS, new Map([['a', 80], ['b', 40]]), new Map(), monthKey);

describe('reportTable (CSV and Excel)', () => {
  it('should flatten two levels, repeat the first level, and end with the total', () => {
    const definition = { ...BUILT_IN_REPORTS.byOwnerRating, columns: ['count', 'share'] as ReportColumn[] };
    const table = reportTable(definition, buildReport(definition, FACTS, NAMES), NAMES, vi, 'vi');
    expect(table).toEqual({
      header: ['Người phụ trách', 'Mức đánh giá', 'Số khách hàng tiềm năng', 'Tỉ trọng (%)'],
      rows: [
        ['Lan Phạm', 'Tổng cộng', 2, 66.7],
        ['Lan Phạm', 'Nóng', 1, 33.3],
        ['Lan Phạm', 'Chưa đánh giá', 1, 33.3],
        ['Chưa giao', 'Tổng cộng', 1, 33.3],
        ['Chưa giao', 'Nóng', 1, 33.3],
        ['Tổng cộng', '', 3, 100],
      ],
    });
  });

  it('should give one group column for one level', () => {
    const table = reportTable(BUILT_IN_REPORTS.byScore, buildReport(BUILT_IN_REPORTS.byScore, FACTS, NAMES), NAMES, en, 'en');
    expect(table.header).toEqual(['Score', 'Leads', 'Share (%)', 'Average score']);
    expect(table.rows).toEqual([['4 stars', 1, 33.3, 80], ['2 stars', 1, 33.3, 40], ['0 stars', 1, 33.3, 0], ['Total', 3, 100, 40]]);
  });
});

describe('reportFileName', () => {
  it.each([
    ['Khách theo vùng', 'Khách theo vùng.csv'],
    ['a/b:c*?', 'a b c.csv'],
    ['  ', 'report.csv'],
  ])('%j -> %j', (title, name) => {
    expect(reportFileName(title, 'csv')).toBe(name);
  });
});

describe('charts', () => {
  it.each<[ReportDimension, string]>([
    ['region', 'bar'], ['source', 'bar'], ['owner', 'bar'], ['status', 'bar'], ['scoreBand', 'bar'], ['rating', 'donut'], ['createdMonth', 'line'],
  ])('a chart by %s is a %s', (dimension, shape) => {
    expect(chartShape(dimension)).toBe(shape);
  });

  it('should chart the list\'s own leads: disqualified ones only when the list shows them', () => {
    expect(stripDefinition('region', {}).filters).toEqual({ includeDisqualified: false });
    expect(stripDefinition('region', { includeDisqualified: true, regions: ['Huế'] }).filters).toEqual({ includeDisqualified: true, regions: ['Huế'] });
    expect(stripDefinition('month', {}).groupBy).toEqual(['createdMonth']);
  });

  it('should give months their first day and cut bars to the largest groups', () => {
    const months = buildReport(stripDefinition('month', {}), FACTS, NAMES);
    expect(chartPoints(months, NAMES, en, 'en')).toEqual([
      { key: '2026-01', label: 'January 2026', value: 1, at: monthRange('2026-01').min },
      { key: '2026-02', label: 'February 2026', value: 2, at: monthRange('2026-02').min },
    ]);
    const many = factsFromLeads(
      Array.from({ length: 30 }, (_, i) => ({ ...LEADS[0]!, id: `l${i}`, region: `Tỉnh ${i % 20}` })),
      new Map(), new Map(), monthKey,
    );
    expect(chartPoints(buildReport(stripDefinition('region', {}), many, NAMES), NAMES, en, 'en')).toHaveLength(MAX_BARS);
  });
});
