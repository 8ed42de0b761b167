import { LEAD_STATUSES, RATINGS } from '../lead';
import type { LeadFilters } from '../leadQuery';
import { scoreRangeOfStars, starsOfScore } from '../scoring';
import type { LeadStatus, Rating } from '../types';
import { vietnameseSortKey } from '../viCollation';
import { monthRange } from './reportMonths';
import { assigneeOfOwnerKey, type ReportColumn, type ReportDefinition, type ReportDimension, type ReportSort } from './reportDefinition';

/**
 * What a report is computed from: the leads it covers (already filtered) and, per lead, only the
 * facts it needs. Storage fills these from index keys (`storage/reports/reportFacts.ts`), so a
 * report never reads whole leads; `factsFromLeads` builds the same from records, for tests.
 * A lead missing from a key map is in the dimension's "none" group (key '').
 */
export type ReportFacts = {
  ids: readonly string[];
  keys: Partial<Record<Exclude<ReportDimension, 'status' | 'scoreBand'>, ReadonlyMap<string, string>>>;
  /** Missing: open. */
  status: ReadonlyMap<string, LeadStatus>;
  /** Effective score; missing: 0 (nothing ticked). */
  score: ReadonlyMap<string, number>;
  /** Sum of the estimated values of the opportunities made from the lead; missing: 0. */
  opportunityValue: ReadonlyMap<string, number>;
};

export type ReportFigures = { count: number; qualified: number; disqualified: number; scoreTotal: number; opportunityValue: number };
export type ReportRow = { dimension: ReportDimension; key: string; figures: ReportFigures; children: ReportRow[] };
export type ReportResult = { rows: ReportRow[]; total: ReportFigures };

/** Owner group keys: `person:<id>`, `team:<id>`; '' is unassigned. */
export function ownerKey(lead: { ownerId?: string | null; teamId?: string | null }): string {
  return lead.ownerId ? `person:${lead.ownerId}` : lead.teamId ? `team:${lead.teamId}` : '';
}

function emptyFigures(): ReportFigures {
  return { count: 0, qualified: 0, disqualified: 0, scoreTotal: 0, opportunityValue: 0 };
}

function keyOf(dimension: ReportDimension, id: string, facts: ReportFacts): string {
  if (dimension === 'status') return facts.status.get(id) ?? 'open';
  if (dimension === 'scoreBand') return String(starsOfScore(facts.score.get(id) ?? 0));
  return facts.keys[dimension]?.get(id) ?? '';
}

function add(figures: ReportFigures, id: string, facts: ReportFacts): void {
  const status = facts.status.get(id) ?? 'open';
  figures.count += 1;
  if (status === 'qualified') figures.qualified += 1;
  if (status === 'disqualified') figures.disqualified += 1;
  figures.scoreTotal += facts.score.get(id) ?? 0;
  figures.opportunityValue += facts.opportunityValue.get(id) ?? 0;
}

/**
 * A column's value for a group; null where it has no meaning (a rate or an average of no leads).
 * `share` is the group's part of all the report's leads; `conversionRate` qualified / count.
 */
export function columnValue(column: ReportColumn, figures: ReportFigures, total: ReportFigures): number | null {
  switch (column) {
    case 'count':
      return figures.count;
    case 'share':
      return total.count ? figures.count / total.count : null;
    case 'qualified':
      return figures.qualified;
    case 'disqualified':
      return figures.disqualified;
    case 'conversionRate':
      return figures.count ? figures.qualified / figures.count : null;
    case 'averageScore':
      return figures.count ? figures.scoreTotal / figures.count : null;
    case 'opportunityValue':
      return figures.opportunityValue;
  }
}

/** Display names the group order needs: owner keys to person or team names. */
export type ReportNames = ReadonlyMap<string, string>;

const RATING_ORDER: readonly (Rating | '')[] = [...RATINGS, ''];

/** The dimension's own order: a number or a collation key, "none" ('') last. */
function naturalRank(dimension: ReportDimension, key: string, names: ReportNames): string | number {
  switch (dimension) {
    case 'rating':
      return RATING_ORDER.indexOf(key as Rating | '');
    case 'status':
      return LEAD_STATUSES.indexOf(key as LeadStatus);
    case 'scoreBand':
      // Best first, as in Business Contact Manager's "Leads by Score".
      return -Number(key);
    case 'createdMonth':
      return key;
    case 'owner':
      return vietnameseSortKey(names.get(key) ?? key);
    case 'region':
    case 'source':
      return vietnameseSortKey(key);
  }
}

function compareNatural(dimension: ReportDimension, a: string, b: string, names: ReportNames): number {
  // "None" (unassigned, no region...) is last whatever the direction.
  if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
  const ra = naturalRank(dimension, a, names);
  const rb = naturalRank(dimension, b, names);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

function sortRows(rows: ReportRow[], sort: ReportSort, total: ReportFigures, names: ReportNames): void {
  const sign = sort.direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    if (sort.by !== 'group') {
      const va = columnValue(sort.by, a.figures, total) ?? -Infinity;
      const vb = columnValue(sort.by, b.figures, total) ?? -Infinity;
      if (va !== vb) return (va - vb) * sign;
      return compareNatural(a.dimension, a.key, b.key, names);
    }
    const none = (a.key === '') !== (b.key === '');
    return none ? compareNatural(a.dimension, a.key, b.key, names) : compareNatural(a.dimension, a.key, b.key, names) * sign;
  });
  for (const row of rows) sortRows(row.children, sort, total, names);
}

/** Groups the facts' leads on one or two levels, with their figures, sorted as the definition says. */
export function buildReport(definition: Pick<ReportDefinition, 'groupBy' | 'sort'>, facts: ReportFacts, names: ReportNames = new Map()): ReportResult {
  const [first, second] = definition.groupBy;
  const total = emptyFigures();
  const top = new Map<string, { row: ReportRow; children: Map<string, ReportRow> }>();
  for (const id of facts.ids) {
    add(total, id, facts);
    const key = keyOf(first, id, facts);
    let group = top.get(key);
    if (!group) {
      group = { row: { dimension: first, key, figures: emptyFigures(), children: [] }, children: new Map() };
      top.set(key, group);
    }
    add(group.row.figures, id, facts);
    if (second) {
      const childKey = keyOf(second, id, facts);
      let child = group.children.get(childKey);
      if (!child) {
        child = { dimension: second, key: childKey, figures: emptyFigures(), children: [] };
        group.children.set(childKey, child);
        group.row.children.push(child);
      }
      add(child.figures, id, facts);
    }
  }
  const rows = [...top.values()].map((g) => g.row);
  sortRows(rows, definition.sort, total, names);
  return { rows, total };
}

/** One step of the path to a group: which dimension, which key. */
export type GroupStep = { dimension: ReportDimension; key: string };

/**
 * The list filters that show exactly a group's leads: the report's own filters narrowed by each
 * step of the path (owner, then rating...). The Leads list opens with these.
 */
export function filtersOfGroup(base: LeadFilters, path: readonly GroupStep[]): LeadFilters {
  // A report counts disqualified leads too; the list hides them unless told otherwise.
  let filters: LeadFilters = { ...base, includeDisqualified: true };
  for (const { dimension, key } of path) filters = { ...filters, ...filterOfStep(dimension, key) };
  return filters;
}

function filterOfStep(dimension: ReportDimension, key: string): LeadFilters {
  switch (dimension) {
    case 'owner':
      return { assignee: assigneeOfOwnerKey(key) };
    case 'rating':
      return { ratings: [key as Rating | ''] };
    case 'region':
      return { regions: [key] };
    case 'source':
      return { sources: [key] };
    case 'status':
      return { statuses: [key as LeadStatus] };
    case 'createdMonth':
      return { created: monthRange(key) };
    case 'scoreBand': {
      // Scores are whole numbers (scoreLead rounds), so [from, to) is [from, to - 1].
      const { from, to } = scoreRangeOfStars(Number(key));
      return { score: to === null ? { min: from } : { min: from, max: Math.ceil(to) - 1 } };
    }
  }
}

/** The reference fill of `ReportFacts` from whole records (what storage computes from indexes). */
export function factsFromLeads(
  leads: readonly { id: string; ownerId: string | null; teamId?: string | null; rating: Rating | null; region?: string; source: string; status: LeadStatus; createdAt: number }[],
  scores: ReadonlyMap<string, number> = new Map(),
  opportunityValue: ReadonlyMap<string, number> = new Map(),
  monthOf: (at: number) => string,
): ReportFacts {
  const map = (pick: (l: (typeof leads)[number]) => string) => new Map(leads.map((l) => [l.id, pick(l)] as const).filter(([, k]) => k !== ''));
  return {
    ids: leads.map((l) => l.id),
    keys: { owner: map(ownerKey), rating: map((l) => l.rating ?? ''), region: map((l) => l.region ?? ''), source: map((l) => l.source), createdMonth: map((l) => monthOf(l.createdAt)) },
    status: new Map(leads.map((l) => [l.id, l.status])),
    score: scores,
    opportunityValue,
  };
}
