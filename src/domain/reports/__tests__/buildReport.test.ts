import { buildReport, columnValue, factsFromLeads, filtersOfGroup, ownerKey, type ReportFacts } from '../buildReport';
import { BUILT_IN_REPORTS, type ReportColumn, type ReportDefinition } from '../reportDefinition';
import { monthKey, monthRange } from '../reportMonths';
import { scoreRangeOfStars } from '../../scoring';
import type { LeadStatus, Rating } from '../../types';

type Row = { id: string; ownerId: string | null; teamId?: string | null; rating: Rating | null; region?: string; source: string; status: LeadStatus; createdAt: number };
const JAN = new Date(2026, 0, 15).getTime();
const FEB = new Date(2026, 1, 3).getTime();

const LEADS: Row[] = [
  { id: 'a', ownerId: 'p1', rating: 'hot', region: 'Hà Nội', source: 'web', status: 'open', createdAt: JAN },
  { id: 'b', ownerId: 'p1', rating: 'cold', region: 'Đà Nẵng', source: 'web', status: 'qualified', createdAt: JAN },
  { id: 'c', ownerId: 'p2', rating: 'hot', region: 'An Giang', source: 'email', status: 'disqualified', createdAt: FEB },
  { id: 'd', ownerId: null, teamId: 't1', rating: null, source: '', status: 'qualified', createdAt: FEB },
  { id: 'e', ownerId: null, rating: 'warm', region: 'Bắc Ninh', source: 'web', status: 'open', createdAt: FEB },
];
const SCORES = new Map([['a', 80], ['b', 20], ['c', 60], ['d', 100]]);
const VALUES = new Map([['b', 1000], ['d', 500]]);
const NAMES = new Map([['person:p1', 'Trần Bình'], ['person:p2', 'Lê An'], ['team:t1', 'Miền Nam']]);
const facts: ReportFacts = factsFromLeads(LEADS, SCORES, VALUES, monthKey);

const define = (groupBy: ReportDefinition['groupBy'], sort: ReportDefinition['sort'] = { by: 'group', direction: 'asc' }) => ({ groupBy, sort });

describe('buildReport: groups, in each dimension\'s own order', () => {
  it.each([
    // Owners by name in Vietnamese order (Lê An, Miền Nam, Trần Bình), unassigned ('') last.
    ['owner', ['person:p2', 'team:t1', 'person:p1', ''], [1, 1, 2, 1]],
    ['rating', ['hot', 'warm', 'cold', ''], [2, 1, 1, 1]],
    // An Giang, Bắc Ninh, Đà Nẵng, Hà Nội: "Đ" after "D", before "H"; no region last.
    ['region', ['An Giang', 'Bắc Ninh', 'Đà Nẵng', 'Hà Nội', ''], [1, 1, 1, 1, 1]],
    ['source', ['email', 'web', ''], [1, 3, 1]],
    ['status', ['open', 'qualified', 'disqualified'], [2, 2, 1]],
    ['createdMonth', ['2026-01', '2026-02'], [2, 3]],
    // Best first: 100 = 5 stars, 80 = 4, 60 = 3, 20 = 1, unscored = 0.
    ['scoreBand', ['5', '4', '3', '1', '0'], [1, 1, 1, 1, 1]],
  ] as const)('should group by %s', (dimension, keys, counts) => {
    const result = buildReport(define([dimension]), facts, NAMES);
    expect(result.rows.map((r) => r.key)).toEqual(keys);
    expect(result.rows.map((r) => r.figures.count)).toEqual(counts);
    expect(result.total.count).toBe(5);
  });

  it('should group on two levels (Leads by Assigned To and Rating)', () => {
    const result = buildReport(BUILT_IN_REPORTS.byOwnerRating, facts, NAMES);
    const tree = result.rows.map((r) => [r.key, r.children.map((c) => [c.key, c.figures.count])]);
    expect(tree).toEqual([
      ['person:p2', [['hot', 1]]],
      ['team:t1', [['', 1]]],
      ['person:p1', [['hot', 1], ['cold', 1]]],
      ['', [['warm', 1]]],
    ]);
  });

  it.each([
    [{ by: 'count', direction: 'desc' }, ['web', 'email', '']],
    [{ by: 'count', direction: 'asc' }, ['email', '', 'web']],
    [{ by: 'group', direction: 'desc' }, ['web', 'email', '']],
    [{ by: 'averageScore', direction: 'desc' }, ['', 'email', 'web']],
  ] as const)('should sort by %j', (sort, keys) => {
    expect(buildReport(define(['source'], sort), facts).rows.map((r) => r.key)).toEqual(keys);
  });
});

describe('columnValue', () => {
  const total = { count: 10, qualified: 0, disqualified: 0, scoreTotal: 0, opportunityValue: 0 };
  const group = { count: 4, qualified: 1, disqualified: 2, scoreTotal: 200, opportunityValue: 1500 };
  const none = { count: 0, qualified: 0, disqualified: 0, scoreTotal: 0, opportunityValue: 0 };
  it.each<[ReportColumn, number | null, number | null]>([
    ['count', 4, 0],
    ['share', 0.4, 0],
    ['qualified', 1, 0],
    ['disqualified', 2, 0],
    ['conversionRate', 0.25, null],
    ['averageScore', 50, null],
    ['opportunityValue', 1500, 0],
  ])('%s of a group is %p, of an empty one %p', (column, value, empty) => {
    expect(columnValue(column, group, total)).toBe(value);
    expect(columnValue(column, none, total)).toBe(empty);
  });

  it('should sum qualified, disqualified, scores and opportunity values of each group', () => {
    const web = buildReport(define(['source']), facts).rows.find((r) => r.key === 'web')!;
    expect(web.figures).toEqual({ count: 3, qualified: 1, disqualified: 0, scoreTotal: 100, opportunityValue: 1000 });
  });
});

describe('filtersOfGroup: the list filters that show a group\'s leads', () => {
  it.each([
    [[{ dimension: 'owner', key: 'person:p1' }], { assignee: { type: 'person', id: 'p1' } }],
    [[{ dimension: 'owner', key: 'team:t1' }], { assignee: { type: 'team', id: 't1' } }],
    [[{ dimension: 'owner', key: '' }], { assignee: { type: 'unassigned' } }],
    [[{ dimension: 'owner', key: 'person:p1' }, { dimension: 'rating', key: 'hot' }], { assignee: { type: 'person', id: 'p1' }, ratings: ['hot'] }],
    [[{ dimension: 'region', key: 'Hà Nội' }], { regions: ['Hà Nội'] }],
    [[{ dimension: 'source', key: '' }], { sources: [''] }],
    [[{ dimension: 'status', key: 'qualified' }], { statuses: ['qualified'] }],
    [[{ dimension: 'createdMonth', key: '2026-02' }], { created: monthRange('2026-02') }],
    [[{ dimension: 'scoreBand', key: '5' }], { score: { min: scoreRangeOfStars(5).from } }],
    [[{ dimension: 'scoreBand', key: '1' }], { score: { min: 10, max: 29 } }],
  ] as const)('%j', (path, expected) => {
    expect(filtersOfGroup({ sources: ['web', 'email'] }, path)).toEqual({ sources: ['web', 'email'], includeDisqualified: true, ...expected });
  });
});

describe('ownerKey', () => {
  it.each([
    [{ ownerId: 'p1', teamId: null }, 'person:p1'],
    [{ ownerId: null, teamId: 't1' }, 'team:t1'],
    [{ ownerId: null }, ''],
  ])('%j -> %p', (lead, key) => expect(ownerKey(lead)).toBe(key));
});
