/**
 * The team server this pane syncs with, kept in the pane's localStorage (per LeadPane database):
 * read at start-up without loading any sync code, never part of a backup (backups hold the
 * IndexedDB tables only), and removed on sign-out. It holds the password, because the add-in
 * sends credentials in an Authorization header on every request (no cookie in Outlook's iframe)
 * and the pane reconnects on every open; the origin's storage is the pane's own.
 */
export type TeamAccount = { serverUrl: string; user: string; password: string; teamId: string; teamName: string; paused: boolean };

const keyOf = (dbName: string) => `leadpane:team-account:${dbName}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: team sync is simply not configured
  }
}

function isAccount(value: unknown): value is TeamAccount {
  const v = value as TeamAccount;
  return Boolean(v) && typeof v === 'object' && typeof v.serverUrl === 'string' && typeof v.user === 'string' && typeof v.password === 'string'
    && typeof v.teamId === 'string' && typeof v.teamName === 'string' && typeof v.paused === 'boolean';
}

export function readTeamAccount(dbName: string): TeamAccount | null {
  const raw = storage()?.getItem(keyOf(dbName));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isAccount(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeTeamAccount(dbName: string, account: TeamAccount): void {
  storage()?.setItem(keyOf(dbName), JSON.stringify(account));
}

export function clearTeamAccount(dbName: string): void {
  storage()?.removeItem(keyOf(dbName));
}
