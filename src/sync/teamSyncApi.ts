/**
 * What the pane's UI knows of team sync: types only, so importing them loads no sync code. The
 * session itself (`session/teamSyncSession.ts`, with PouchDB) is a lazy chunk that the loader
 * (`teamSyncLoader.ts`) fetches only once a server is configured or the user signs in.
 */
import type { SyncErrorCode } from './engine/syncErrors';

export type TeamSyncProblem = SyncErrorCode | 'badAddress' | 'notHttps' | 'noTeams';

export type TeamChoice = { id: string; name: string };

export type TeamSyncPhase =
  | 'signedOut'
  | 'signingIn'
  /** Signed in to a server with several teams: the user picks one. */
  | 'choosingTeam'
  | 'syncing'
  | 'upToDate'
  | 'paused'
  /** The browser says it is offline, or the server does not answer: changes wait here. */
  | 'offline'
  /** Stopped on something the user has to act on (`problem`). */
  | 'stopped';

export type TeamSyncStatus = {
  phase: TeamSyncPhase;
  serverUrl: string | null;
  user: string | null;
  team: TeamChoice | null;
  teams: TeamChoice[];
  lastSyncedAt: number | null;
  /** Local changes not yet on the server (documents). */
  pending: number;
  /** Leads with a field two people changed differently, waiting for a choice. */
  conflicts: number;
  /** Changes the server refused in this session (a validation rule): the server's version was put back. */
  refused: number;
  /** Why sign-in or sync stopped; also set while offline when the server does not answer. */
  problem: TeamSyncProblem | null;
};

export const SIGNED_OUT: TeamSyncStatus = {
  phase: 'signedOut', serverUrl: null, user: null, team: null, teams: [], lastSyncedAt: null, pending: 0, conflicts: 0, refused: 0, problem: null,
};

export interface TeamSyncController {
  status(): TeamSyncStatus;
  subscribe(listener: () => void): () => void;
  /** Checks the name and password with the server and lists the user's teams; one team is chosen at once. */
  signIn(serverUrl: string, user: string, password: string): Promise<void>;
  chooseTeam(teamId: string): Promise<void>;
  pause(): void;
  resume(): void;
  syncNow(): void;
  /** Stops syncing and forgets the server, the password and this pane's sync state; leads stay. */
  signOut(): Promise<void>;
}

export type TeamSyncLoader = {
  /** The saved server and user (no password), read without loading the sync code. */
  savedAccount(): { serverUrl: string; user: string; teamName: string } | null;
  /** Loads the sync chunk (once) and returns the pane's session. */
  load(): Promise<TeamSyncController>;
};
