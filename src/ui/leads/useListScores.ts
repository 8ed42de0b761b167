import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { Lead } from '../../domain/types';
import { useRepositories } from '../shell/RepositoriesContext';
import type { LeadRows } from './useLeadRows';

/** Rows around the visible ones whose scores are read, so a little scrolling needs no new query. */
const SCORE_MARGIN = 50;

/**
 * Scores for the leads list's score column: follows the rows on screen (by wrapping
 * `showRange`) and reads only their scores, by key. A lead nobody scored shows no score.
 */
export function useListScores(rows: LeadRows): { rows: LeadRows; scoreOf: (lead: Lead) => number | null } {
  const { scoring } = useRepositories();
  const [range, setRange] = useState<[number, number]>([0, SCORE_MARGIN]);
  const { showRange: showRowRange, idsBetween } = rows;
  const showRange = useCallback(
    (start: number, end: number) => {
      showRowRange(start, end);
      setRange((previous) => (previous[0] === start && previous[1] === end ? previous : [start, end]));
    },
    [showRowRange],
  );
  const ids = idsBetween(Math.max(0, range[0] - SCORE_MARGIN), range[1] + SCORE_MARGIN);
  const idsKey = ids.join(',');
  // The ids array is new on every render; its contents (idsKey) decide when to re-read.
  const scores = useLiveQuery(() => scoring.scoresFor(ids), [scoring, idsKey]);
  const scoreOf = useCallback((lead: Lead) => scores?.get(lead.id)?.score ?? null, [scores]);
  const wrapped = useMemo(() => ({ ...rows, showRange }), [rows, showRange]);
  return { rows: wrapped, scoreOf };
}
