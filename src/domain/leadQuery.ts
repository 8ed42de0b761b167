import { foldedWords } from './fold';
import type { CustomValue, LeadStatus, MarketingListId, PersonId, Rating } from './types';
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
  /**
   * Reports and the chart strip (#16). A list means "any of these" (two chips on one field);
   * different fields combine with "and". '' stands for "none" (no region, no rating, no source).
   * Read from indexes (`storage/leadNarrowing.ts`), so they cost no record reads.
   */
  regions?: readonly string[];
  ratings?: readonly (Rating | '')[];
  sources?: readonly string[];
  statuses?: readonly LeadStatus[];
  /** Effective score, inclusive; a lead nobody scored counts as 0. */
  score?: NumberRange;
  /** Epoch milliseconds, inclusive. */
  created?: NumberRange;
  marketingListId?: MarketingListId;
  /** Not indexed: these two read the records (`matchesFilters`). */
  modified?: NumberRange;
  custom?: readonly CustomFieldFilter[];
};

/** Inclusive bounds; a missing bound is open. */
export type NumberRange = { min?: number; max?: number };
/** A custom field's value equals this one (text compared folded and trimmed). */
export type CustomFieldFilter = { fieldId: string; value: CustomValue };

/** Whether `value` lies in `range` (inclusive; missing bounds are open). */
export function inRange(value: number, range: NumberRange | undefined): boolean {
  if (!range) return true;
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

function hasRange(range: NumberRange | undefined): boolean {
  return range !== undefined && (range.min !== undefined || range.max !== undefined);
}

/** The fields a lead is matched on by the indexed filters (score from `leadScores`, 0 if none). */
export type IndexedFacts = { region?: string; rating: Rating | null; source: string; status: LeadStatus; createdAt: number; score: number | null; listIds?: readonly string[] };

/** Whether any filter read from indexes is set (the list then leaves its unfiltered fast path). */
export function hasIndexedFilters(filters: LeadFilters): boolean {
  return Boolean(
    filters.regions?.length || filters.ratings?.length || filters.sources?.length || filters.statuses?.length ||
      hasRange(filters.score) || hasRange(filters.created) || filters.marketingListId,
  );
}

/**
 * The rule the index narrowing (`storage/leadNarrowing.ts`) implements, stated on one lead; a
 * storage test holds the two together.
 */
export function matchesIndexedFilters(filters: LeadFilters, lead: IndexedFacts): boolean {
  if (filters.regions?.length && !filters.regions.includes(lead.region ?? '')) return false;
  if (filters.ratings?.length && !filters.ratings.includes(lead.rating ?? '')) return false;
  if (filters.sources?.length && !filters.sources.includes(lead.source)) return false;
  if (filters.statuses?.length && !filters.statuses.includes(lead.status)) return false;
  if (!inRange(lead.score ?? 0, filters.score)) return false;
  if (!inRange(lead.createdAt, filters.created)) return false;
  if (filters.marketingListId && !(lead.listIds ?? []).includes(filters.marketingListId)) return false;
  return true;
}

function sameCustomValue(stored: CustomValue | undefined, wanted: CustomValue): boolean {
  if (stored === undefined) return false;
  if (typeof wanted === 'string' && typeof stored === 'string') return foldedWords(stored).join(' ') === foldedWords(wanted).join(' ');
  return stored === wanted;
}

export const DEFAULT_LEAD_QUERY: LeadQuery = { text: '', sort: 'fileAs', filters: {} };
export const LEAD_SORTS: readonly LeadSort[] = ['fileAs', 'company', 'created', 'score'];

/** Searches shorter than this would match most of the base; the list shows everything instead. */
export const MIN_SEARCH_PREFIX = 1;

const PHONE_LIKE = /^[+(]?(?:\d[\s().-]*){3,}$/;

/** Folded words of the search box: `Nguyễn V` -> ['nguyen', 'v']. An email stays one term. */
export function searchTerms(text: string): string[] {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return [];
  if (trimmed.includes('@')) return [trimmed];
  // A number however it is written (`+84 903-123`, `(713) 853`) is one run of digits.
  if (PHONE_LIKE.test(trimmed)) return [trimmed.replace(/\D+/g, '')];
  return foldedWords(trimmed).filter((w) => w.length >= MIN_SEARCH_PREFIX);
}

/** The term that narrows most: the longest (longer prefixes match fewer index entries). */
export function narrowestTerm(terms: readonly string[]): string | undefined {
  return [...terms].sort((a, b) => b.length - a.length)[0];
}

/** Every term must be a prefix of one of the lead's words (name, company, find words) or email addresses. */
export function matchesTerms(terms: readonly string[], lead: { searchWords: readonly string[]; emailKeys: readonly string[]; findWords?: readonly string[] }): boolean {
  const startsOne = (keys: readonly string[] | undefined, term: string) => keys?.some((key) => key.startsWith(term)) ?? false;
  return terms.every((term) => startsOne(lead.searchWords, term) || startsOne(lead.emailKeys, term) || startsOne(lead.findWords, term));
}

export function hasFilters(filters: LeadFilters): boolean {
  return filters.status !== undefined || filters.ownerId !== undefined || hasRange(filters.modified) || Boolean(filters.custom?.length);
}

export function matchesFilters(
  filters: LeadFilters,
  lead: { status: LeadStatus; ownerId: PersonId | null; updatedAt?: number; customValues?: Readonly<Record<string, CustomValue>> },
): boolean {
  if (filters.status !== undefined && lead.status !== filters.status) return false;
  if (filters.ownerId !== undefined && lead.ownerId !== filters.ownerId) return false;
  if (hasRange(filters.modified) && !inRange(lead.updatedAt ?? 0, filters.modified)) return false;
  if (filters.custom?.some((f) => !sameCustomValue(lead.customValues?.[f.fieldId], f.value))) return false;
  return true;
}
