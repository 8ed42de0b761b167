import type { LeadId } from '../../domain/types';

/**
 * What the leads list has selected, for the actions that work on many leads (assign, mass
 * edit, add to a marketing list). "Select all" means every lead matching the current filter,
 * including rows the virtualised list never rendered, so ids are resolved on demand.
 */
export type LeadSelection = {
  /** How many leads are selected (for "all matching", the filter's total). */
  count: number;
  isSelected(id: LeadId): boolean;
  /** Every selected id, read from storage when the selection is "all matching". */
  resolveIds(): Promise<LeadId[]>;
  clear(): void;
};
