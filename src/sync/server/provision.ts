import { teamDesignDoc, personSecurity, teamSecurity, VALIDATION_DDOC_ID } from './designDocs';
import { TEAM_ID_PATTERN, managerRole, memberRole, personDbName, personIdOf, teamDbName } from './names';

/**
 * Provisioning of a team server: the same code for `npm run sync:dev` (pouchdb-server in memory)
 * and for a team admin running `npm run sync:provision` against a real CouchDB 3. Idempotent: run
 * it again after editing the team file and it brings databases, users, roles, `_security` and the
 * validation rules up to date. It uses only plain CouchDB HTTP endpoints both servers implement.
 */

export type TeamFile = {
  teams: Array<{ id: string; name: string; managers?: string[]; members?: string[] }>;
  users: Array<{ name: string; displayName?: string; email?: string; password?: string }>;
};

export type ProvisionReport = { databases: string[]; users: string[]; createdUsers: string[] };

export class ProvisionError extends Error {}

/** The record fields every LeadPane record carries (`RecordMeta` without the pane-local `rev`). */
const RECORD_META = { createdAt: 0, updatedAt: 0, deletedAt: null };

/** Checks a parsed team file, naming every problem at once. */
export function checkTeamFile(value: unknown): TeamFile {
  const problems: string[] = [];
  const file = value as TeamFile;
  if (!value || typeof value !== 'object' || !Array.isArray(file.teams) || !Array.isArray(file.users)) {
    throw new ProvisionError('The team file needs "teams" and "users" arrays.');
  }
  const userNames = new Set<string>();
  for (const user of file.users) {
    if (!user || typeof user.name !== 'string' || user.name.trim() === '' || user.name.startsWith('_')) {
      problems.push(`A user needs a "name" that does not start with "_": ${JSON.stringify(user?.name)}.`);
      continue;
    }
    if (user.password !== undefined && (typeof user.password !== 'string' || user.password.length < 8)) {
      problems.push(`User "${user.name}": a password has at least 8 characters.`);
    }
    userNames.add(user.name);
  }
  const teamIds = new Set<string>();
  for (const team of file.teams) {
    if (!team || typeof team.id !== 'string' || !TEAM_ID_PATTERN.test(team.id)) {
      problems.push(`Team id ${JSON.stringify(team?.id)}: lower-case letters, digits and "-", starting with a letter.`);
      continue;
    }
    if (teamIds.has(team.id)) problems.push(`Team "${team.id}" is listed twice.`);
    teamIds.add(team.id);
    for (const name of [...(team.managers ?? []), ...(team.members ?? [])]) {
      if (!userNames.has(name)) problems.push(`Team "${team.id}" names "${name}", who is not in "users".`);
    }
  }
  if (problems.length > 0) throw new ProvisionError(problems.join('\n'));
  return file;
}

export type ServerAuth = { url: string; user: string; password: string };

export function basicAuthHeader(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

class CouchClient {
  private readonly base: string;
  constructor(private readonly auth: ServerAuth) {
    this.base = auth.url.endsWith('/') ? auth.url : `${auth.url}/`;
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers: {
          Authorization: basicAuthHeader(this.auth.user, this.auth.password),
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ProvisionError(`Cannot reach ${this.base}: ${(error as Error).message}`);
    }
    const text = await response.text();
    let json: Record<string, unknown>;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      json = { reason: text.slice(0, 200) };
    }
    if (response.status === 401) throw new ProvisionError(`The server refused the admin name or password (401) on ${method} /${path}.`);
    return { status: response.status, json };
  }

  async must(method: string, path: string, body?: unknown, okStatuses: number[] = [200, 201, 202]): Promise<Record<string, unknown>> {
    const { status, json } = await this.request(method, path, body);
    if (!okStatuses.includes(status)) {
      throw new ProvisionError(`${method} /${path} failed (${status}): ${String(json.reason ?? json.error ?? '')}`);
    }
    return json;
  }

  async ensureDb(name: string): Promise<void> {
    await this.must('PUT', encodeURIComponent(name), undefined, [201, 202, 412]);
  }

  /** Writes a document, replacing whatever revision is there. */
  async upsert(db: string, doc: { _id: string } & Record<string, unknown>): Promise<void> {
    const path = `${encodeURIComponent(db)}/${doc._id.startsWith('_design/') ? `_design/${encodeURIComponent(doc._id.slice(8))}` : encodeURIComponent(doc._id)}`;
    const current = await this.request('GET', path);
    const body = current.status === 200 ? { ...current.json, ...doc, _rev: current.json._rev } : doc;
    await this.must('PUT', path, body);
  }
}

/** Brings the server in line with the team file. */
export async function provision(auth: ServerAuth, file: TeamFile): Promise<ProvisionReport> {
  checkTeamFile(file);
  const couch = new CouchClient(auth);
  const report: ProvisionReport = { databases: [], users: [], createdUsers: [] };

  // CouchDB 3 has no _users until a single-node set-up creates it; pouchdb-server always has it.
  await couch.ensureDb('_users');

  const rolesOf = new Map<string, Set<string>>(file.users.map((u) => [u.name, new Set<string>()]));
  for (const team of file.teams) {
    for (const name of team.members ?? []) rolesOf.get(name)?.add(memberRole(team.id));
    for (const name of team.managers ?? []) {
      rolesOf.get(name)?.add(memberRole(team.id));
      rolesOf.get(name)?.add(managerRole(team.id));
    }
  }

  for (const user of file.users) {
    const id = `org.couchdb.user:${user.name}`;
    const path = `_users/${encodeURIComponent(id)}`;
    const current = await couch.request('GET', path);
    if (current.status !== 200 && current.status !== 404) {
      throw new ProvisionError(`Reading user "${user.name}" failed (${current.status}).`);
    }
    if (current.status === 404 && !user.password) {
      throw new ProvisionError(`User "${user.name}" does not exist yet: give a "password" in the team file.`);
    }
    const doc: Record<string, unknown> = {
      ...(current.status === 200 ? current.json : {}),
      _id: id,
      name: user.name,
      type: 'user',
      roles: [...(rolesOf.get(user.name) ?? [])].sort(),
      leadpane: { personId: personIdOf(user.name), displayName: user.displayName ?? user.name, email: user.email ?? '' },
    };
    // A password in the file is (re)set; without one the stored hash is kept.
    if (user.password) doc.password = user.password;
    await couch.must('PUT', path, doc);
    report.users.push(user.name);
    if (current.status === 404) report.createdUsers.push(user.name);

    const personDb = personDbName(user.name);
    await couch.ensureDb(personDb);
    await couch.must('PUT', `${personDb}/_security`, personSecurity(user.name));
    report.databases.push(personDb);
  }

  for (const team of file.teams) {
    const db = teamDbName(team.id);
    await couch.ensureDb(db);
    await couch.must('PUT', `${db}/_security`, teamSecurity(team.id));
    await couch.upsert(db, teamDesignDoc(team.id));
    // The team's own record, so clients learn its name and people from the database they sync.
    await couch.upsert(db, {
      _id: `team:${team.id}`,
      type: 'team',
      ...RECORD_META,
      id: team.id,
      name: team.name,
      managers: [...(team.managers ?? [])].map(personIdOf),
      memberIds: [...new Set([...(team.managers ?? []), ...(team.members ?? [])])].map(personIdOf),
    });
    for (const name of new Set([...(team.managers ?? []), ...(team.members ?? [])])) {
      const user = file.users.find((u) => u.name === name);
      await couch.upsert(db, {
        _id: `person:${personIdOf(name)}`,
        type: 'person',
        ...RECORD_META,
        id: personIdOf(name),
        name: user?.displayName ?? name,
        email: user?.email ?? '',
      });
    }
    report.databases.push(db);
  }
  return report;
}

export { VALIDATION_DDOC_ID };
