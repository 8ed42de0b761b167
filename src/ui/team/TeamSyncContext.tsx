import { createContext, useContext, type ReactNode } from 'react';
import type { TeamSyncLoader } from '../../sync/teamSyncApi';

/** The loader of the team sync chunk, from the entry point; null where the pane has none (tests, safe mode). */
const TeamSyncContext = createContext<TeamSyncLoader | null>(null);

export function TeamSyncProvider({ loader, children }: { loader: TeamSyncLoader | null; children: ReactNode }) {
  return <TeamSyncContext.Provider value={loader}>{children}</TeamSyncContext.Provider>;
}

export function useTeamSyncLoader(): TeamSyncLoader | null {
  return useContext(TeamSyncContext);
}
