import type { LeadFilters } from '../domain/leadQuery';
import type { LeadId } from '../domain/types';
import type { LeadPaneDb } from './db';
import { currentMe } from './people/peopleRepository';

/**
 * Whether the list hides disqualified leads: by default yes; a search shows them (they stay
 * findable), and so does an explicit status filter or "include disqualified".
 */
export function excludesDisqualified(filters: LeadFilters, hasText: boolean): boolean {
  return !hasText && !filters.includeDisqualified && filters.status === undefined;
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

/** Disqualified leads to take off an unfiltered count (the list's first paint). */
export function countDisqualified(db: LeadPaneDb): Promise<number> {
  return db.leads.where('status').equals('disqualified').count();
}
