import { createContext, useContext, type ReactNode } from 'react';
import type { LeadFilters } from '../../domain/leadQuery';
import type { LeadId } from '../../domain/types';

/**
 * Moves between the pane's tabs: a lead summary anywhere can open the full record in Leads, and
 * a report's group opens the Leads list filtered to its leads.
 */
export type Navigation = { openLead(id: LeadId): void; openLeads?(filters: LeadFilters): void };

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ navigation, children }: { navigation: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}

/** Null outside the app shell (a component rendered alone in a test). */
export function useNavigation(): Navigation | null {
  return useContext(NavigationContext);
}
