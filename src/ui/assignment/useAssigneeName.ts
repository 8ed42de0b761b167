import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { Lead } from '../../domain/types';
import { useRepositories } from '../shell/RepositoriesContext';

/** Who a lead is assigned to, by name (the person, else the team), for lists; null when nobody. */
export function useAssigneeName(): (lead: Pick<Lead, 'ownerId' | 'teamId'>) => string | null {
  const { workflow } = useRepositories();
  const people = useLiveQuery(() => workflow.people.people(), [workflow]);
  const teams = useLiveQuery(() => workflow.people.teams(), [workflow]);
  const names = useMemo(() => new Map<string, string>([...(people ?? []).map((p) => [p.id, p.name] as const), ...(teams ?? []).map((t) => [t.id, t.name] as const)]), [people, teams]);
  return useCallback((lead) => (lead.ownerId && names.get(lead.ownerId)) || (lead.teamId && names.get(lead.teamId)) || null, [names]);
}
