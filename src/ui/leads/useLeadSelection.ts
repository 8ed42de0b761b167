import { useCallback, useMemo, useState } from 'react';
import type { LeadId } from '../../domain/types';
import type { LeadSelection } from '../shared/LeadSelection';

/**
 * Selection state of the leads list. "All matching" is kept as a mode, not a list of ids, so
 * selecting 100,000 leads costs nothing until an action asks for the ids.
 */
type State =
  | { mode: 'some'; ids: ReadonlySet<LeadId>; anchor: number | null }
  | { mode: 'all' };

export type ClickModifiers = { shift: boolean; toggle: boolean };

export type LeadSelectionController = LeadSelection & {
  /** Click semantics of a file list: plain click selects one, Shift extends, Ctrl/Cmd toggles. */
  click(index: number, id: LeadId, modifiers: ClickModifiers): void;
  selectAll(): void;
  isAll: boolean;
};

type Options = {
  /** Total leads matching the current filter. */
  total: number;
  /** Ids in list order between two positions (inclusive), as far as they are loaded. */
  idsBetween: (from: number, to: number) => LeadId[];
  /** Every id matching the current filter, read from storage. */
  allIds: () => Promise<LeadId[]>;
};

export function useLeadSelection({ total, idsBetween, allIds }: Options): LeadSelectionController {
  const [state, setState] = useState<State>({ mode: 'some', ids: new Set(), anchor: null });

  const clear = useCallback(() => setState({ mode: 'some', ids: new Set(), anchor: null }), []);
  const selectAll = useCallback(() => setState({ mode: 'all' }), []);

  const click = useCallback(
    (index: number, id: LeadId, { shift, toggle }: ClickModifiers) => {
      setState((previous) => {
        if (previous.mode === 'all') {
          // Leaving "all" by toggling one row needs every id; a plain click just selects the row.
          if (!toggle && !shift) return { mode: 'some', ids: new Set([id]), anchor: index };
          const ids = new Set(idsBetween(0, total - 1));
          ids.delete(id);
          return { mode: 'some', ids, anchor: index };
        }
        if (shift && previous.anchor !== null) {
          const range = idsBetween(Math.min(previous.anchor, index), Math.max(previous.anchor, index));
          const ids = toggle ? new Set([...previous.ids, ...range]) : new Set(range);
          return { mode: 'some', ids, anchor: previous.anchor };
        }
        if (toggle) {
          const ids = new Set(previous.ids);
          if (ids.has(id)) ids.delete(id);
          else ids.add(id);
          return { mode: 'some', ids, anchor: index };
        }
        return { mode: 'some', ids: new Set([id]), anchor: index };
      });
    },
    [idsBetween, total],
  );

  return useMemo<LeadSelectionController>(() => {
    if (state.mode === 'all') {
      return { count: total, isSelected: () => true, resolveIds: allIds, clear, click, selectAll, isAll: true };
    }
    const ids = state.ids;
    return {
      count: ids.size,
      isSelected: (id) => ids.has(id),
      resolveIds: async () => [...ids],
      clear,
      click,
      selectAll,
      isAll: false,
    };
  }, [state, total, allIds, clear, click, selectAll]);
}
