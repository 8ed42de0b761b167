/**
 * Names shared by the provisioning script, the server's validation rules and the client.
 * CouchDB database names must match ^[a-z][a-z0-9_$()+/-]*$, so team ids are restricted to
 * that alphabet and user names are hex-encoded (as CouchDB's own per-user databases do).
 */

export const TEAM_ID_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;

/** A person known to the server is the CouchDB user `name`; on a lead that is ownerId `user:name`. */
export const PERSON_ID_PREFIX = 'user:';

export function teamDbName(teamId: string): string {
  if (!TEAM_ID_PATTERN.test(teamId)) {
    throw new Error(`A team id is lower-case letters, digits and "-", starting with a letter: "${teamId}" is not.`);
  }
  return `leadpane-team-${teamId}`;
}

export function personDbName(userName: string): string {
  const hex = Array.from(new TextEncoder().encode(userName), (b) => b.toString(16).padStart(2, '0')).join('');
  return `leadpane-person-${hex}`;
}

export function personIdOf(userName: string): string {
  return PERSON_ID_PREFIX + userName;
}

/** Roles a CouchDB user carries: membership of a team, and managing it. */
export const memberRole = (teamId: string): string => `team:${teamId}`;
export const managerRole = (teamId: string): string => `manager:${teamId}`;
