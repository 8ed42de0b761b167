import Dexie from 'dexie';
import { hasIndexedFilters, type LeadFilters, type NumberRange } from '../domain/leadQuery';
import type { LeadId } from '../domain/types';
import type { LeadPaneDb } from './db';
import { currentMe } from './people/peopleRepository';

/**
 * Whether the list hides disqualified leads: by default yes; a search shows them (they stay
 * findable), and so does an explicit status filter (one status, or a list naming disqualified)
 * or "include disqualified".
 */
export function excludesDisqualified(filters: LeadFilters, hasText: boolean): boolean {
  return !hasText && !filters.includeDisqualified && filters.status === undefined && !filters.statuses?.includes('disqualified');
}

/**
 * Narrows the list's ids (already in list order) by the workflow filters, from indexes only:
 * the assignee's ids from `ownerId`/`teamId`, disqualified ids from `status`. Keeps the order.
 * Implements `matchesAssigneeFilter` of the domain; a test holds the two together.
 */
export async function narrowByWorkflow(db: LeadPaneDb, ids: LeadId[], filters: LeadFilters, hasText: boolean): Promise<LeadId[]> {
  const assignee = filters.assignee ?? { type: 'any' };
  const dropDisqualified = excludesDisqualified(filters, hasText);
  if (assignee.type === 'any' && !dropDisqualified) return ids;
  const denied = new Set<string>(dropDisqualified ? await db.leads.where('status').equals('disqualified').primaryKeys() : []);
  let allowed: Set<string> | null = null;
  if (assignee.type === 'me') {
    const me = await currentMe(db);
    const [owned, teamed] = await Promise.all([
      me.personId ? db.leads.where('ownerId').equals(me.personId).primaryKeys() : [],
      me.teamIds.length ? db.leads.where('teamId').anyOf([...me.teamIds]).primaryKeys() : [],
    ]);
    allowed = new Set([...owned, ...teamed]);
  } else if (assignee.type === 'person') {
    allowed = new Set(await db.leads.where('ownerId').equals(assignee.id).primaryKeys());
  } else if (assignee.type === 'team') {
    allowed = new Set(await db.leads.where('teamId').equals(assignee.id).primaryKeys());
  } else if (assignee.type === 'unassigned') {
    const [owned, teamed] = await Promise.all([db.leads.orderBy('ownerId').primaryKeys(), db.leads.orderBy('teamId').primaryKeys()]);
    for (const id of [...owned, ...teamed]) denied.add(id);
  }
  if (!denied.size && !allowed) return ids;
  return ids.filter((id) => !denied.has(id) && (!allowed || allowed.has(id)));
}

/** Recycle bins up to this size are read whole to tell their statuses; larger ones by keys. */
const SMALL_BIN = 500;

/**
 * Live disqualified leads, to take off an unfiltered count (the list's first paint): the
 * `status` index counts deleted leads too (they keep their status), so the recycle bin's
 * disqualified ones are taken off it. Counts only, unless the bin holds some leads.
 */
export async function countDisqualified(db: LeadPaneDb): Promise<number> {
  const [disqualified, deleted] = await Promise.all([db.leads.where('status').equals('disqualified').count(), db.leads.orderBy('deletedAt').count()]);
  if (!disqualified || !deleted) return disqualified;
  if (deleted <= SMALL_BIN) {
    const bin = await db.leads.orderBy('deletedAt').toArray();
    return disqualified - bin.filter((lead) => lead.status === 'disqualified').length;
  }
  const [disqualifiedIds, deletedIds] = await Promise.all([db.leads.where('status').equals('disqualified').primaryKeys(), db.leads.orderBy('deletedAt').primaryKeys()]);
  const gone = new Set<string>(deletedIds);
  return disqualifiedIds.filter((id) => !gone.has(id)).length;
}

type IdSet = ReadonlySet<string>;
type LeadCollection = ReturnType<LeadPaneDb['leads']['toCollection']>;

/**
 * Narrows the list's ids (in list order) by the filters that indexes answer: region, rating,
 * source, status, score, created date and marketing list. Implements
 * `matchesIndexedFilters` of the domain; a test holds the two together. Keeps the order.
 * Leads without a region / rating are not in those indexes, so "none" ('') is the complement.
 */
export async function narrowByFields(db: LeadPaneDb, ids: LeadId[], filters: LeadFilters): Promise<LeadId[]> {
  if (!hasIndexedFilters(filters)) return ids;
  const tests = await Promise.all([
    valuesOf(db, 'region', filters.regions),
    valuesOf(db, 'rating', filters.ratings),
    valuesOf(db, 'source', filters.sources),
    valuesOf(db, 'status', filters.statuses),
    scoreTest(db, filters.score),
    rangeTest(db, filters.created),
    listTest(db, filters.marketingListId),
  ]);
  const active = tests.filter((test): test is (id: string) => boolean => test !== null);
  return ids.filter((id) => active.every((test) => test(id)));
}

/** Ids whose `index` holds one of `values`; '' also matches leads missing from the index. */
async function valuesOf(db: LeadPaneDb, index: 'region' | 'rating' | 'source' | 'status', values: readonly string[] | undefined): Promise<((id: string) => boolean) | null> {
  if (!values?.length) return null;
  const named = values.filter((v) => v !== '');
  const matched: IdSet = new Set(named.length ? await db.leads.where(index).anyOf(named).primaryKeys() : []);
  if (!values.includes('')) return (id) => matched.has(id);
  // "None" is every lead the index leaves out (and, for source, the empty string it holds).
  const present: IdSet = new Set(await db.leads.where(index).notEqual('').primaryKeys());
  return (id) => matched.has(id) || !present.has(id);
}

async function scoreTest(db: LeadPaneDb, range: NumberRange | undefined): Promise<((id: string) => boolean) | null> {
  if (!range || (range.min === undefined && range.max === undefined)) return null;
  const min = range.min ?? -Infinity;
  const max = range.max ?? Infinity;
  if (max < min || max < 0) return () => false;
  if (min > 0) {
    // 0 (and so every unscored lead) is outside: read the range itself.
    const inside: IdSet = new Set(await db.leadScores.where('score').between(min, max, true, true).primaryKeys());
    return (id) => inside.has(id);
  }
  // 0 is inside: unscored leads pass, so read what lies outside instead.
  const [below, above] = await Promise.all([
    min > -Infinity ? db.leadScores.where('score').below(min).primaryKeys() : [],
    max < Infinity ? db.leadScores.where('score').above(max).primaryKeys() : [],
  ]);
  const outside: IdSet = new Set([...below, ...above]);
  return (id) => !outside.has(id);
}

async function rangeTest(db: LeadPaneDb, range: NumberRange | undefined): Promise<((id: string) => boolean) | null> {
  if (!range || (range.min === undefined && range.max === undefined)) return null;
  const inside: IdSet = new Set(
    await db.leads.where('createdAt').between(range.min ?? -Infinity, range.max ?? Infinity, true, true).primaryKeys(),
  );
  return (id) => inside.has(id);
}

async function listTest(db: LeadPaneDb, listId: string | undefined): Promise<((id: string) => boolean) | null> {
  if (!listId) return null;
  const members = await db.listMembers.where('[listId+memberId]').between([listId, Dexie.minKey], [listId, Dexie.maxKey]).toArray();
  const inside: IdSet = new Set(members.filter((m) => m.memberType === 'lead').map((m) => m.memberId));
  return (id) => inside.has(id);
}

/** Whether `candidateIds` finds a list for these filters (told without reading anything). */
export function hasCandidateList(filters: LeadFilters): boolean {
  const named = [filters.regions, filters.ratings, filters.sources, filters.statuses].some((values) => values?.length && !values.includes(''));
  return named || filters.assignee?.type === 'person' || filters.assignee?.type === 'team';
}

/**
 * A superset of the leads the filters can match, read from one index, or null when no filter
 * gives one (a "none" value, ranges only, "me" or "unassigned"): the smallest of the value lists
 * that name no '' and a person or team, chosen by index counts so only that list is read. May
 * hold deleted leads (their fields stay indexed). `rest` is the filters still to apply to it
 * (the one it was read from is met).
 */
export async function candidateIds(db: LeadPaneDb, filters: LeadFilters): Promise<{ ids: LeadId[]; rest: LeadFilters } | null> {
  const lists: Array<{ read: () => LeadCollection; rest: LeadFilters }> = [];
  const fields = [['region', 'regions'], ['rating', 'ratings'], ['source', 'sources'], ['status', 'statuses']] as const;
  for (const [index, field] of fields) {
    const named: readonly string[] = filters[field] ?? [];
    if (named.length && !named.includes('')) lists.push({ read: () => db.leads.where(index).anyOf([...named]), rest: { ...filters, [field]: undefined } });
  }
  const assignee = filters.assignee;
  if (assignee?.type === 'person') lists.push({ read: () => db.leads.where('ownerId').equals(assignee.id), rest: { ...filters, assignee: undefined } });
  if (assignee?.type === 'team') lists.push({ read: () => db.leads.where('teamId').equals(assignee.id), rest: { ...filters, assignee: undefined } });
  if (!lists.length) return null;
  const counts = lists.length > 1 ? await Promise.all(lists.map((list) => list.read().count())) : [0];
  const smallest = lists[counts.indexOf(Math.min(...counts))]!;
  return { ids: (await smallest.read().primaryKeys()) as LeadId[], rest: smallest.rest };
}
