import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { LeadQuery } from '../../domain/leadQuery';
import type { Lead, LeadId } from '../../domain/types';
import { useRepositories } from '../shell/RepositoriesContext';

/** Rows painted from the sort index before the full id list arrives. */
export const FIRST_PAGE_SIZE = 60;
/** Rows are read in windows aligned to this size, so scrolling a little does not re-query. */
export const WINDOW_SIZE = 100;

export type LeadRows = {
  /** Leads matching the query; undefined while the first page loads. */
  total: number | undefined;
  /** The total is the first page's estimate ("about 40,000"), until every matching id is read. */
  totalIsEstimate: boolean;
  /** The lead at a list position, when it is loaded. */
  rowAt(index: number): Lead | undefined;
  /** Ids in list order between two positions (inclusive), as far as known. */
  idsBetween(from: number, to: number): LeadId[];
  allIds(): Promise<LeadId[]>;
  /** Tells which positions are on screen, so their window is read. */
  showRange(start: number, end: number): void;
};

/**
 * The leads list's data: the first page and the count come straight from the indexes (a few
 * milliseconds at 100,000 leads, an estimated count for a large search); the ordered ids follow
 * once the first page is in, so their reads never queue ahead of it, and visible windows are read
 * by key with bulkGet. Every part is a live query, so edits in another pane show up here.
 */
export function useLeadRows(query: LeadQuery): LeadRows {
  const { leads } = useRepositories();
  const queryKey = JSON.stringify(query);
  const first = useLiveQuery(() => leads.firstPage(query, FIRST_PAGE_SIZE), [leads, queryKey]);
  const firstIn = first !== undefined;
  const ids = useLiveQuery(() => (firstIn ? leads.matchingIds(query) : undefined), [leads, queryKey, firstIn]);
  const [windowStart, setWindowStart] = useState(0);
  const windowIds = ids?.slice(windowStart, windowStart + WINDOW_SIZE * 2);
  const windowRows = useLiveQuery(() => (windowIds ? leads.getMany(windowIds) : Promise.resolve(undefined)), [leads, windowIds?.join(',')]);

  const rowAt = useCallback(
    (index: number): Lead | undefined => {
      const inWindow = windowRows && index >= windowStart && index < windowStart + windowRows.length ? windowRows[index - windowStart] : undefined;
      if (inWindow && (!ids || inWindow.id === ids[index])) return inWindow;
      const fromFirst = first?.leads[index];
      return fromFirst && (!ids || fromFirst.id === ids[index]) ? fromFirst : undefined;
    },
    [windowRows, windowStart, first, ids],
  );

  const idsBetween = useCallback(
    (from: number, to: number): LeadId[] => {
      const source = ids ?? first?.leads.map((l) => l.id) ?? [];
      return source.slice(Math.max(0, from), to + 1);
    },
    [ids, first],
  );

  const allIds = useCallback(() => leads.matchingIds(query), [leads, queryKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const showRange = useCallback((start: number, _end: number) => {
    // A 2×WINDOW_SIZE window starting half a window above the visible rows' block.
    const aligned = Math.max(0, Math.floor(start / WINDOW_SIZE) * WINDOW_SIZE - WINDOW_SIZE / 2);
    setWindowStart((previous) => (previous === aligned ? previous : aligned));
  }, []);

  return { total: ids?.length ?? first?.total, totalIsEstimate: ids === undefined && Boolean(first?.estimated), rowAt, idsBetween, allIds, showRange };
}
