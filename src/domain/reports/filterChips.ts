import type { LeadFilters, NumberRange } from '../leadQuery';
import type { LeadStatus, Rating } from '../types';
import type { AssigneeFilter } from '../assignment/assignee';
import { filtersOfGroup, type GroupStep } from './buildReport';

/**
 * The Leads list's filters as removable chips (the chart strip's clicks and the filter controls
 * both write `LeadFilters`; the chips show them). Two chips on one field mean "any of these"
 * ("Hà Nội" or "Đà Nẵng"), chips on different fields combine with "and" ("Hà Nội" and "Hot").
 */
export type FilterChip =
  | { field: 'regions' | 'sources'; value: string }
  | { field: 'ratings'; value: Rating | '' }
  | { field: 'statuses'; value: LeadStatus }
  | { field: 'assignee'; value: AssigneeFilter }
  | { field: 'score' | 'created'; value: NumberRange };

type ListField = 'regions' | 'sources' | 'ratings' | 'statuses';
const LIST_FIELDS: readonly ListField[] = ['regions', 'ratings', 'sources', 'statuses'];

function hasBound(range: NumberRange | undefined): range is NumberRange {
  return range !== undefined && (range.min !== undefined || range.max !== undefined);
}

/** The chips that show `filters`, in a fixed field order, values in the order they were added. */
export function chipsOf(filters: LeadFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.assignee && filters.assignee.type !== 'any') chips.push({ field: 'assignee', value: filters.assignee });
  for (const field of LIST_FIELDS) {
    for (const value of filters[field] ?? []) chips.push({ field, value } as FilterChip);
  }
  if (hasBound(filters.score)) chips.push({ field: 'score', value: filters.score });
  if (hasBound(filters.created)) chips.push({ field: 'created', value: filters.created });
  return chips;
}

/** A stable key of a chip (React keys, tests). */
export function chipKey(chip: FilterChip): string {
  if (chip.field === 'assignee') return `assignee:${chip.value.type === 'person' || chip.value.type === 'team' ? `${chip.value.type}:${chip.value.id}` : chip.value.type}`;
  if (chip.field === 'score' || chip.field === 'created') return `${chip.field}:${chip.value.min ?? ''}..${chip.value.max ?? ''}`;
  return `${chip.field}:${chip.value}`;
}

/**
 * `filters` with the chip added: a value joins its field's list (once), an assignee or a range
 * replaces the one set before (a lead has one assignee, one creation date).
 */
export function withChip(filters: LeadFilters, chip: FilterChip): LeadFilters {
  switch (chip.field) {
    case 'assignee':
      return { ...filters, assignee: chip.value };
    case 'score':
    case 'created':
      return { ...filters, [chip.field]: chip.value };
    default: {
      const list = (filters[chip.field] ?? []) as readonly string[];
      return list.includes(chip.value) ? filters : { ...filters, [chip.field]: [...list, chip.value] };
    }
  }
}

/** `filters` without the chip; an emptied list is removed, so the list is back on its fast path. */
export function withoutChip(filters: LeadFilters, chip: FilterChip): LeadFilters {
  const next: LeadFilters = { ...filters };
  if (chip.field === 'assignee' || chip.field === 'score' || chip.field === 'created') {
    delete next[chip.field];
    return next;
  }
  const list = ((filters[chip.field] ?? []) as readonly string[]).filter((v) => v !== chip.value);
  if (list.length) (next as Record<ListField, readonly string[]>)[chip.field] = list;
  else delete next[chip.field];
  return next;
}

/**
 * The chip a click on a chart's bar or slice adds: the group's own list filter (the same one
 * `filtersOfGroup` opens the list with), so the strip and the reports agree on what a group holds.
 */
export function chipOfGroup(step: GroupStep): FilterChip {
  const filters = filtersOfGroup({}, [step]);
  switch (step.dimension) {
    case 'owner':
      return { field: 'assignee', value: filters.assignee ?? { type: 'unassigned' } };
    case 'rating':
      return { field: 'ratings', value: step.key as Rating | '' };
    case 'region':
      return { field: 'regions', value: step.key };
    case 'source':
      return { field: 'sources', value: step.key };
    case 'status':
      return { field: 'statuses', value: step.key as LeadStatus };
    case 'createdMonth':
      return { field: 'created', value: filters.created ?? {} };
    case 'scoreBand':
      return { field: 'score', value: filters.score ?? {} };
  }
}

/** Whether a chart's group is among the list's chips (its bar is drawn as selected). */
export function isGroupChosen(filters: LeadFilters, step: GroupStep): boolean {
  const chip = chipOfGroup(step);
  return chipsOf(filters).some((c) => chipKey(c) === chipKey(chip));
}
