import { PERSON_ID_PREFIX, managerRole, memberRole } from './names';

/**
 * The server-side rules, as the design documents and `_security` objects the provisioning script
 * writes. They run inside CouchDB (and pouchdb-server), so the validation function is ES5 source
 * text, built here with the team id baked in.
 */

export type SecurityObject = {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
};

/** Members of the team (and its managers) may read and write; only server admins administer. */
export function teamSecurity(teamId: string): SecurityObject {
  return {
    admins: { names: [], roles: [] },
    members: { names: [], roles: [memberRole(teamId), managerRole(teamId)] },
  };
}

/** A person's private database: that person only. */
export function personSecurity(userName: string): SecurityObject {
  return { admins: { names: [], roles: [] }, members: { names: [userName], roles: [] } };
}

export const VALIDATION_DDOC_ID = '_design/leadpane-rules';

/**
 * Who may reassign, disqualify or delete a lead: its owner (the user its `ownerId` names) or a
 * manager of the team. A lead with no owner (or owned by a person the server does not know) may be
 * assigned by any member. Everything else any member may edit. Document ids starting with
 * `_design/` are for server admins only (CouchDB already enforces that for non-admins).
 *
 * Deleting a document outright (`_deleted`) is how a merge closes the losing branches of a
 * conflict; such a tombstone names the revision it was merged into (`mergedInto`) and any member
 * may write it. A user's delete is the soft `deletedAt`, which the rule guards. (A member could
 * forge a `mergedInto` tombstone: this rule guards the workflow, it is not a wall against
 * colleagues, who can edit every field anyway.)
 */
export function teamValidateSource(teamId: string): string {
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  var manager = roles.indexOf(${JSON.stringify(managerRole(teamId))}) !== -1;
  var member = manager || roles.indexOf(${JSON.stringify(memberRole(teamId))}) !== -1;
  if (!member) throw({ unauthorized: 'You are not a member of this team.' });
  if (!oldDoc || oldDoc._deleted) return;
  // Closing a losing branch after a merge (the merged revision is written on the winner).
  if (newDoc._deleted && typeof newDoc.mergedInto === 'string') return;
  if (oldDoc.type !== 'lead') return;
  var prefix = ${JSON.stringify(PERSON_ID_PREFIX)};
  var owner = (typeof oldDoc.ownerId === 'string' && oldDoc.ownerId.indexOf(prefix) === 0) ? oldDoc.ownerId.slice(prefix.length) : null;
  if (manager || owner === null || owner === userCtx.name) return;
  var was = function (doc) { return doc.status === 'disqualified'; };
  var reassigned = (newDoc.ownerId || null) !== (oldDoc.ownerId || null) || (newDoc.teamId || null) !== (oldDoc.teamId || null);
  var disqualified = was(newDoc) !== was(oldDoc);
  var deleted = newDoc._deleted === true || (newDoc.deletedAt || null) !== (oldDoc.deletedAt || null);
  if (reassigned || disqualified || deleted) {
    throw({ forbidden: 'Only the lead\\'s owner or a team manager may reassign, disqualify or delete it.' });
  }
}`;
}

export function teamDesignDoc(teamId: string): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: VALIDATION_DDOC_ID, language: 'javascript', validate_doc_update: teamValidateSource(teamId) };
}
