import { TEAM_ID_PATTERN } from '../server/names';

/**
 * The rules of a team sync session that need no server: which addresses are accepted, which
 * teams a user's roles name, how long to wait before trying an unreachable server again.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A server address as the user typed it: `https://` required (the password travels in every
 * request's header), plain `http://` only for this computer (`npm run sync:dev`). A missing
 * scheme reads as https. The result ends in `/`.
 */
export function checkServerAddress(typed: string): { ok: true; url: string } | { ok: false; problem: 'badAddress' | 'notHttps' } {
  const text = typed.trim();
  if (!text) return { ok: false, problem: 'badAddress' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'badAddress' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'badAddress' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'badAddress' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, problem: 'notHttps' };
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { ok: true, url: href };
}

/** The team ids a CouchDB user's roles make them a member of (`team:<id>`, `manager:<id>`), sorted. */
export function teamsOfRoles(roles: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const role of roles) {
    const match = /^(?:team|manager):(.+)$/.exec(role);
    if (match && TEAM_ID_PATTERN.test(match[1]!)) ids.add(match[1]!);
  }
  return [...ids].sort();
}

/** 2 s, 4 s, 8 s ... up to a minute between tries of a server that does not answer. */
export function retryDelayMs(failures: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(1, Math.min(failures, 6)));
}
