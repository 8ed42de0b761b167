import { BUILT_IN_REPORTS, BUILT_IN_REPORT_IDS, isLeadFilters, isReportDefinition, MAX_FILTER_VALUES, parseReportDefinition } from '../reportDefinition';
import { copyName, reportNameError } from '../reportName';
import { monthKey, monthRange, monthsBetween } from '../reportMonths';

const valid = BUILT_IN_REPORTS.byOwnerRating;

describe('isReportDefinition: a saved definition is checked before it runs', () => {
  it.each(BUILT_IN_REPORT_IDS)('should accept the built-in report %s', (id) => {
    expect(isReportDefinition(BUILT_IN_REPORTS[id])).toBe(true);
    expect(parseReportDefinition(JSON.stringify(BUILT_IN_REPORTS[id]))).toEqual(BUILT_IN_REPORTS[id]);
  });

  it.each([
    ['not an object', 'report'],
    ['null', null],
    ['an unknown base', { ...valid, basedOn: 'byPlanet' }],
    ['no grouping', { ...valid, groupBy: [] }],
    ['three levels', { ...valid, groupBy: ['owner', 'rating', 'region'] }],
    ['the same level twice', { ...valid, groupBy: ['owner', 'owner'] }],
    ['an unknown dimension', { ...valid, groupBy: ['planet'] }],
    ['no column', { ...valid, columns: [] }],
    ['a column twice', { ...valid, columns: ['count', 'count'] }],
    ['an unknown column', { ...valid, columns: ['revenue'] }],
    ['an unknown sort', { ...valid, sort: { by: 'planet', direction: 'asc' } }],
    ['a bad direction', { ...valid, sort: { by: 'count', direction: 'up' } }],
    ['filters that are not an object', { ...valid, filters: [] }],
    ['an unknown filter', { ...valid, filters: { planet: 'Mars' } }],
    ['a bad rating', { ...valid, filters: { ratings: ['boiling'] } }],
    ['a bad status', { ...valid, filters: { statuses: ['won'] } }],
    ['a score range of text', { ...valid, filters: { score: { min: '10' } } }],
    ['an infinite range', { ...valid, filters: { created: { max: Infinity } } }],
    ['a person without id', { ...valid, filters: { assignee: { type: 'person' } } }],
    ['too many values', { ...valid, filters: { regions: Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => `r${i}`) } }],
    ['a custom filter of an object', { ...valid, filters: { custom: [{ fieldId: 'f', value: {} }] } }],
  ])('should reject %s', (_what, value) => {
    expect(isReportDefinition(value)).toBe(false);
  });

  it.each(['', '{', 'null', '[]', '{"basedOn":"byOwner"}'])('should read %p back as null', (json) => {
    expect(parseReportDefinition(json)).toBeNull();
  });

  it('should accept every filter the list knows', () => {
    expect(
      isLeadFilters({
        status: 'open', ownerId: null, assignee: { type: 'team', id: 't1' }, includeDisqualified: true, regions: ['Hà Nội', ''], ratings: ['hot', ''],
        sources: ['web'], statuses: ['qualified'], score: { min: 40 }, created: { min: 1, max: 2 }, modified: { max: 3 }, marketingListId: 'm1',
        custom: [{ fieldId: 'f1', value: 'Thép' }, { fieldId: 'f2', value: true }],
      }),
    ).toBe(true);
  });
});

describe('report names', () => {
  it.each([
    ['', [], 'required'],
    ['   ', [], 'required'],
    ['x'.repeat(101), [], 'tooLong'],
    ['Khách Hà Nội', ['khach ha noi'], 'taken'],
    ['Khách Hà Nội', ['Khách Huế'], null],
  ] as const)('%p among %j: %p', (name, others, error) => {
    expect(reportNameError(name, others)).toBe(error);
  });

  it.each([
    ['Hot leads', [], 'Hot leads (2)'],
    ['Hot leads', ['Hot leads (2)'], 'Hot leads (3)'],
    ['Hot leads (2)', ['Hot leads', 'Hot leads (2)'], 'Hot leads (3)'],
  ] as const)('a copy of %p among %j is %p', (name, others, copy) => {
    expect(copyName(name, others)).toBe(copy);
  });
});

describe('report months (local time)', () => {
  it.each([
    [new Date(2026, 0, 1, 0, 0).getTime(), '2026-01'],
    [new Date(2026, 0, 31, 23, 59).getTime(), '2026-01'],
    [new Date(2026, 11, 31, 23, 59).getTime(), '2026-12'],
  ])('%p is in %p', (at, key) => expect(monthKey(at)).toBe(key));

  it('should give a month\'s first and last millisecond', () => {
    expect(monthRange('2026-02')).toEqual({ min: new Date(2026, 1, 1).getTime(), max: new Date(2026, 2, 1).getTime() - 1 });
    expect(monthRange('2026-13')).toEqual({ min: 0, max: -1 });
  });

  it('should list every month between two dates, across a year end', () => {
    const keys = monthsBetween(new Date(2025, 10, 20).getTime(), new Date(2026, 1, 2).getTime()).map((m) => m.key);
    expect(keys).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween(10, 5)).toEqual([]);
  });
});
