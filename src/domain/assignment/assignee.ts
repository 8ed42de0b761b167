import type { AssigneeRef, Lead, PersonId, TeamId } from '../types';

/** The list filters of issue #6; `any` is the default view (everyone's leads). */
export type AssigneeFilter =
  | { type: 'any' }
  | { type: 'me' }
  | { type: 'person'; id: PersonId }
  | { type: 'team'; id: TeamId }
  | { type: 'unassigned' };

export function isUnassigned(lead: Pick<Lead, 'ownerId' | 'teamId'>): boolean {
  return !lead.ownerId && !lead.teamId;
}

/**
 * Who "me" is: the person the current Outlook user is in the people list (null before seeding),
 * and the live teams that person belongs to.
 */
export type Me = { personId: PersonId | null; teamIds: readonly TeamId[] };

/**
 * The rule the list's index reads implement: "assigned to me" is my own leads and my teams'
 * leads, as Dynamics' "My leads" includes what the user's teams own.
 */
export function matchesAssigneeFilter(lead: Pick<Lead, 'ownerId' | 'teamId'>, filter: AssigneeFilter, me: Me): boolean {
  switch (filter.type) {
    case 'any':
      return true;
    case 'me':
      return (me.personId !== null && lead.ownerId === me.personId) || (!!lead.teamId && me.teamIds.includes(lead.teamId));
    case 'person':
      return lead.ownerId === filter.id;
    case 'team':
      return lead.teamId === filter.id;
    case 'unassigned':
      return isUnassigned(lead);
  }
}

/** Disqualified (and deleted) leads leave the default views; search still finds them. */
export function isInDefaultView(lead: Pick<Lead, 'status' | 'deletedAt'>): boolean {
  return !lead.deletedAt && lead.status !== 'disqualified';
}

/** Lead fields for an assignee: a lead belongs to one person or one team, never both. */
export function assigneeFields(assignee: AssigneeRef): { ownerId: PersonId | null; teamId: TeamId | null } {
  if (!assignee) return { ownerId: null, teamId: null };
  return assignee.type === 'person' ? { ownerId: assignee.id, teamId: null } : { ownerId: null, teamId: assignee.id };
}

export function sameAssignee(a: AssigneeRef, b: AssigneeRef): boolean {
  if (!a || !b) return a === b;
  return a.type === b.type && a.id === b.id;
}
