import { useEffect } from 'react';
import { useRepositories } from '../shell/RepositoriesContext';
import { useDescribeDefault } from './useCriterionText';

/**
 * On open: seeds the default criteria once (in the pane's language) and finishes any rescore
 * a cancel or a closed pane left behind, so no score stays on old rules. Renders nothing.
 */
export function ScoringStartupEffect() {
  const { scoring } = useRepositories();
  const describe = useDescribeDefault();
  useEffect(() => {
    let active = true;
    void (async () => {
      await scoring.seedDefaults(describe);
      if (active) await scoring.rescore.resumeIfBehind();
    })();
    return () => {
      active = false;
    };
    // Seeding happens once per open; a later language change must not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scoring]);
  return null;
}
