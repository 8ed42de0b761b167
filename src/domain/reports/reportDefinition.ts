import { LEAD_STATUSES, RATINGS } from '../lead';
import type { LeadFilters, NumberRange } from '../leadQuery';
import type { PersonId, TeamId } from '../types';
import type { AssigneeFilter } from '../assignment/assignee';

/** What a report groups leads by. `owner` is the assignee: a person, a team, or nobody. */
export type ReportDimension = 'owner' | 'rating' | 'region' | 'source' | 'status' | 'createdMonth' | 'scoreBand';
export const REPORT_DIMENSIONS: readonly ReportDimension[] = ['owner', 'rating', 'region', 'source', 'status', 'createdMonth', 'scoreBand'];

/**
 * The figures of a group. Sums and averages only where they mean something: the score (0-100)
 * and the estimated value of the opportunities qualified leads became.
 */
export type ReportColumn = 'count' | 'share' | 'qualified' | 'disqualified' | 'conversionRate' | 'averageScore' | 'opportunityValue';
export const REPORT_COLUMNS: readonly ReportColumn[] = ['count', 'share', 'qualified', 'disqualified', 'conversionRate', 'averageScore', 'opportunityValue'];

/** `group`: the dimension's own order (names in Vietnamese order, months in time, hot before cold). */
export type ReportSortKey = 'group' | ReportColumn;
export type ReportSort = { by: ReportSortKey; direction: 'asc' | 'desc' };

export type BuiltInReportId = 'byOwner' | 'byOwnerRating' | 'byScore' | 'bySource' | 'byRegion' | 'byStatus' | 'byMonth' | 'conversionBySource';

/** One or two grouping levels. */
export type ReportGrouping = readonly [ReportDimension] | readonly [ReportDimension, ReportDimension];

export type ReportDefinition = {
  /** The built-in report this one started from (its name is shown when it has no saved name). */
  basedOn: BuiltInReportId;
  groupBy: ReportGrouping;
  columns: readonly ReportColumn[];
  sort: ReportSort;
  filters: LeadFilters;
};

const BY_GROUP: ReportSort = { by: 'group', direction: 'asc' };
const CONVERSION: readonly ReportColumn[] = ['count', 'qualified', 'disqualified', 'conversionRate'];

/** Business Contact Manager's three lead reports first, then the ones Dynamics users expect. */
export const BUILT_IN_REPORTS: Readonly<Record<BuiltInReportId, ReportDefinition>> = {
  byOwner: { basedOn: 'byOwner', groupBy: ['owner'], columns: ['count', 'share', 'averageScore'], sort: BY_GROUP, filters: {} },
  byOwnerRating: { basedOn: 'byOwnerRating', groupBy: ['owner', 'rating'], columns: ['count', 'averageScore'], sort: BY_GROUP, filters: {} },
  byScore: { basedOn: 'byScore', groupBy: ['scoreBand'], columns: ['count', 'share', 'averageScore'], sort: BY_GROUP, filters: {} },
  bySource: { basedOn: 'bySource', groupBy: ['source'], columns: ['count', 'share', 'averageScore'], sort: { by: 'count', direction: 'desc' }, filters: {} },
  byRegion: { basedOn: 'byRegion', groupBy: ['region'], columns: ['count', 'share', 'averageScore'], sort: BY_GROUP, filters: {} },
  byStatus: { basedOn: 'byStatus', groupBy: ['status'], columns: ['count', 'share', 'opportunityValue'], sort: BY_GROUP, filters: {} },
  byMonth: { basedOn: 'byMonth', groupBy: ['createdMonth'], columns: CONVERSION, sort: BY_GROUP, filters: {} },
  conversionBySource: { basedOn: 'conversionBySource', groupBy: ['source'], columns: CONVERSION, sort: { by: 'conversionRate', direction: 'desc' }, filters: {} },
};
export const BUILT_IN_REPORT_IDS = Object.keys(BUILT_IN_REPORTS) as BuiltInReportId[];

/** Longest saved report name, and the most values one filter list may hold (a sanity limit on read). */
export const MAX_REPORT_NAME_LENGTH = 100;
export const MAX_FILTER_VALUES = 500;

// Type guards: a saved definition is stored as JSON and read back as `unknown` (another version
// of LeadPane, a restored backup or a hand-edited database may have written it).

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_FILTER_VALUES && value.every((v) => typeof v === 'string');
}

function isRange(value: unknown): value is NumberRange {
  if (!isRecord(value)) return false;
  return ['min', 'max'].every((k) => value[k] === undefined || (typeof value[k] === 'number' && Number.isFinite(value[k])));
}

function isAssignee(value: unknown): value is AssigneeFilter {
  if (!isRecord(value)) return false;
  if (value.type === 'person' || value.type === 'team') return typeof value.id === 'string' && value.id !== '';
  return value.type === 'any' || value.type === 'me' || value.type === 'unassigned';
}

/** Whether `value` is a `LeadFilters` (unknown keys are rejected: they would be silently ignored). */
export function isLeadFilters(value: unknown): value is LeadFilters {
  if (!isRecord(value)) return false;
  const checks: Record<string, (v: unknown) => boolean> = {
    status: (v) => isOneOf(LEAD_STATUSES, v),
    ownerId: (v) => v === null || typeof v === 'string',
    assignee: isAssignee,
    includeDisqualified: (v) => typeof v === 'boolean',
    regions: isStringList,
    ratings: (v) => isStringList(v) && v.every((r) => r === '' || isOneOf(RATINGS, r)),
    sources: isStringList,
    statuses: (v) => isStringList(v) && v.every((s) => isOneOf(LEAD_STATUSES, s)),
    score: isRange,
    created: isRange,
    modified: isRange,
    marketingListId: (v) => typeof v === 'string' && v !== '',
    custom: (v) =>
      Array.isArray(v) &&
      v.length <= MAX_FILTER_VALUES &&
      v.every((f) => isRecord(f) && typeof f.fieldId === 'string' && ['string', 'number', 'boolean'].includes(typeof f.value)),
  };
  return Object.entries(value).every(([key, v]) => v === undefined || (checks[key]?.(v) ?? false));
}

/** Whether `value` is a whole, usable report definition. */
export function isReportDefinition(value: unknown): value is ReportDefinition {
  if (!isRecord(value)) return false;
  const { basedOn, groupBy, columns, sort, filters } = value;
  if (!isOneOf(BUILT_IN_REPORT_IDS, basedOn)) return false;
  if (!Array.isArray(groupBy) || groupBy.length < 1 || groupBy.length > 2 || !groupBy.every((d) => isOneOf(REPORT_DIMENSIONS, d))) return false;
  if (groupBy.length === 2 && groupBy[0] === groupBy[1]) return false;
  if (!Array.isArray(columns) || columns.length < 1 || !columns.every((c) => isOneOf(REPORT_COLUMNS, c)) || new Set(columns).size !== columns.length) return false;
  if (!isRecord(sort) || !(sort.by === 'group' || isOneOf(REPORT_COLUMNS, sort.by)) || !(sort.direction === 'asc' || sort.direction === 'desc')) return false;
  return isLeadFilters(filters);
}

/** A stored definition (JSON text) back as a definition, or null when it is not one. */
export function parseReportDefinition(json: string): ReportDefinition | null {
  try {
    const value: unknown = JSON.parse(json);
    return isReportDefinition(value) ? value : null;
  } catch {
    return null;
  }
}

/** The assignee filter of an owner group key (`person:<id>`, `team:<id>`, '' for unassigned). */
export function assigneeOfOwnerKey(key: string): AssigneeFilter {
  if (key.startsWith('person:')) return { type: 'person', id: key.slice('person:'.length) as PersonId };
  if (key.startsWith('team:')) return { type: 'team', id: key.slice('team:'.length) as TeamId };
  return { type: 'unassigned' };
}
