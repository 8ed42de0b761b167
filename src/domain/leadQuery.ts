import { foldedWords } from './fold';
import type { LeadStatus, PersonId } from './types';
import type { AssigneeFilter } from './assignment/assignee';

export type LeadSort = 'fileAs' | 'company' | 'created' | 'score';

/**
 * What the leads list shows: free text, a sort, and filters. Filters are optional fields so the
 * workflow features can add their own (owner, status, list…) without changing callers.
 */
export type LeadQuery = {
  text: string;
  sort: LeadSort;
  filters: LeadFilters;
};

export type LeadFilters = {
  status?: LeadStatus;
  ownerId?: PersonId | null;
  /** Workflow (#6): assigned to me / a person / a team / unassigned; read from indexes. */
  assignee?: AssigneeFilter;
  /** Workflow (#6): disqualified leads leave the default view unless this is set or a search runs. */
  includeDisqualified?: boolean;
};

export const DEFAULT_LEAD_QUERY: LeadQuery = { text: '', sort: 'fileAs', filters: {} };
export const LEAD_SORTS: readonly LeadSort[] = ['fileAs', 'company', 'created', 'score'];

/** Searches shorter than this would match most of the base; the list shows everything instead. */
export const MIN_SEARCH_PREFIX = 1;

/** Folded words of the search box: `Nguyễn V` -> ['nguyen', 'v']. An email stays one term. */
export function searchTerms(text: string): string[] {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return [];
  if (trimmed.includes('@')) return [trimmed];
  return foldedWords(trimmed).filter((w) => w.length >= MIN_SEARCH_PREFIX);
}

/** The term that narrows most: the longest (longer prefixes match fewer index entries). */
export function narrowestTerm(terms: readonly string[]): string | undefined {
  return [...terms].sort((a, b) => b.length - a.length)[0];
}

/** Every term must be a prefix of one of the lead's words or email addresses. */
export function matchesTerms(terms: readonly string[], lead: { searchWords: readonly string[]; emailKeys: readonly string[] }): boolean {
  return terms.every((term) => lead.searchWords.some((w) => w.startsWith(term)) || lead.emailKeys.some((e) => e.startsWith(term)));
}

export function hasFilters(filters: LeadFilters): boolean {
  return filters.status !== undefined || filters.ownerId !== undefined;
}

export function matchesFilters(filters: LeadFilters, lead: { status: LeadStatus; ownerId: PersonId | null }): boolean {
  if (filters.status !== undefined && lead.status !== filters.status) return false;
  if (filters.ownerId !== undefined && lead.ownerId !== filters.ownerId) return false;
  return true;
}
