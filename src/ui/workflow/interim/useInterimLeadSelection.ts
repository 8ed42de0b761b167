import { useCallback, useMemo, useState } from 'react';
import type { LeadId } from '../../../domain/types';
import type { LeadSelection } from '../../leads/LeadSelection';

/**
 * A stand-in for the list selection that branch `record` (#4) builds, so the bulk actions can be
 * used and tested on the simple list meanwhile. Drop it when LeadsBulkToolbar lands.
 */
export type InterimSelection = LeadSelection & {
  click(id: LeadId, modifiers: { shift: boolean; toggle: boolean }): void;
  selectAll(): void;
};

export function useInterimLeadSelection(visibleIds: readonly LeadId[], resolveAll: () => Promise<LeadId[]>, totalMatching: number): InterimSelection {
  const [ids, setIds] = useState<ReadonlySet<LeadId>>(new Set());
  const [all, setAll] = useState(false);
  const [anchor, setAnchor] = useState<LeadId | null>(null);

  const click = useCallback((id: LeadId, { shift, toggle }: { shift: boolean; toggle: boolean }) => {
    setAll(false);
    if (shift && anchor) {
      const from = visibleIds.indexOf(anchor);
      const to = visibleIds.indexOf(id);
      if (from >= 0 && to >= 0) {
        const [start, end] = from < to ? [from, to] : [to, from];
        setIds(new Set(visibleIds.slice(start, end + 1)));
        return;
      }
    }
    setAnchor(id);
    setIds((current) => {
      const next = new Set(toggle ? current : []);
      if (toggle && next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, [anchor, visibleIds]);

  return useMemo<InterimSelection>(() => ({
    count: all ? totalMatching : ids.size,
    isSelected: (id) => all || ids.has(id),
    resolveIds: () => (all ? resolveAll() : Promise.resolve([...ids])),
    clear: () => { setIds(new Set()); setAll(false); setAnchor(null); },
    click,
    selectAll: () => setAll(true),
  }), [all, ids, totalMatching, resolveAll, click]);
}
