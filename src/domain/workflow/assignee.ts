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

/** `me` is the person the current Outlook user is in the people list (null before seeding). */
export function matchesAssigneeFilter(lead: Pick<Lead, 'ownerId' | 'teamId'>, filter: AssigneeFilter, me: PersonId | null): boolean {
  switch (filter.type) {
    case 'any':
      return true;
    case 'me':
      return me !== null && lead.ownerId === me;
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
