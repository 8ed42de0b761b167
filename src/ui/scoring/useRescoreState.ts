import { useSyncExternalStore } from 'react';
import type { RescoreState } from '../../storage/rescoreEngine';
import { useRepositories } from '../shell/RepositoriesContext';

/** The background rescore's progress, shared by every component that shows it. */
export function useRescoreState(): RescoreState {
  const { scoring } = useRepositories();
  return useSyncExternalStore(scoring.rescore.subscribe, scoring.rescore.getState);
}
