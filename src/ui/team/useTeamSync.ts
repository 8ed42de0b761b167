import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { SIGNED_OUT, type TeamSyncController, type TeamSyncLoader, type TeamSyncStatus } from '../../sync/teamSyncApi';

const noSubscription = () => () => undefined;
const signedOut = () => SIGNED_OUT;

/**
 * The team sync session for Settings > Team. The sync chunk is fetched only when a server is
 * configured or the user signs in (`controller()`), never by opening Settings.
 */
export function useTeamSync(loader: TeamSyncLoader): { status: TeamSyncStatus; controller: () => Promise<TeamSyncController> } {
  const [session, setSession] = useState<TeamSyncController | null>(null);
  const controller = useCallback(async () => {
    const loaded = await loader.load();
    setSession(loaded);
    return loaded;
  }, [loader]);
  useEffect(() => {
    if (!loader.savedAccount()) return;
    let live = true;
    void loader.load().then((loaded) => {
      if (live) setSession(loaded);
    });
    return () => {
      live = false;
    };
  }, [loader]);
  const status = useSyncExternalStore(
    session ? (listener) => session.subscribe(listener) : noSubscription,
    session ? () => session.status() : signedOut,
  );
  return { status, controller };
}
