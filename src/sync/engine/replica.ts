import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import Replication from 'pouchdb-replication';
import { basicAuthHeader } from '../server/provision';

/**
 * PouchDB as LeadPane uses it: a local replica (IndexedDB in the pane, memory in Node tests)
 * replicating with the team's CouchDB database over plain HTTP. Credentials travel in an
 * Authorization header on every request and cookies are never sent or stored: the add-in runs in
 * an Outlook iframe, where third-party cookies are blocked.
 */
PouchDB.plugin(HttpAdapter).plugin(Replication);

export function registerAdapter(plugin: unknown): void {
  PouchDB.plugin(plugin);
}

export type Credentials = { user: string; password: string };

export function remoteDatabase(serverUrl: string, dbName: string, credentials: Credentials): PouchDB.Database {
  const base = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`;
  const authorization = basicAuthHeader(credentials.user, credentials.password);
  return new PouchDB(base + dbName, {
    skip_setup: true,
    fetch: (url, options) => {
      const headers = new Headers(options?.headers);
      headers.set('Authorization', authorization);
      return PouchDB.fetch(url, { ...options, headers, credentials: 'omit' });
    },
  });
}

export function localReplica(name: string, adapter: string): PouchDB.Database {
  return new PouchDB(name, { adapter, auto_compaction: false });
}

export { PouchDB };

/**
 * Who the server says these credentials are (null when it does not accept them). Tells "wrong
 * password" from "not in this team": pouchdb-server answers 401 for both on a database.
 */
export async function sessionUser(serverUrl: string, credentials: Credentials): Promise<string | null> {
  return (await sessionInfo(serverUrl, credentials))?.name ?? null;
}

/** The signed-in user's name and roles (`team:<id>`, `manager:<id>`), or null for wrong credentials. Throws when unreachable. */
export async function sessionInfo(serverUrl: string, credentials: Credentials): Promise<{ name: string; roles: string[] } | null> {
  const base = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`;
  const response = await fetch(`${base}_session`, { headers: { Authorization: basicAuthHeader(credentials.user, credentials.password), Accept: 'application/json' }, credentials: 'omit' });
  if (!response.ok) return null;
  const body = (await response.json()) as { userCtx?: { name?: string | null; roles?: unknown } };
  const name = body.userCtx?.name;
  if (!name) return null;
  const roles = Array.isArray(body.userCtx?.roles) ? body.userCtx.roles.filter((r): r is string => typeof r === 'string') : [];
  return { name, roles };
}
