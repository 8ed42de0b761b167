import type { LeadPaneDb } from '../storage/db';
import { readTeamAccount } from './teamAccount';
import type { TeamSyncController, TeamSyncLoader } from './teamSyncApi';

/**
 * The only sync code in the pane's start-up bundle: it reads whether a server is configured and
 * fetches the sync chunk (PouchDB, the engine) when it is, or when the user signs in. With no
 * server nothing else loads and no request leaves the pane.
 */
export function createTeamSyncLoader(db: LeadPaneDb): TeamSyncLoader & { resumeIfConfigured(): void } {
  let loading: Promise<TeamSyncController> | null = null;
  const load = (): Promise<TeamSyncController> => {
    loading ??= import(/* webpackChunkName: "team-sync" */ './session/teamSyncSession').then((m) => m.openTeamSyncSession(db));
    return loading;
  };
  return {
    savedAccount() {
      const account = readTeamAccount(db.name);
      return account && { serverUrl: account.serverUrl, user: account.user, teamName: account.teamName };
    },
    load,
    resumeIfConfigured() {
      if (readTeamAccount(db.name)) void load().catch((error: unknown) => console.error('Team sync did not start:', error instanceof Error ? error.name : 'error'));
    },
  };
}
