import type { LeadFilters } from '../../leadQuery';
import type { PersonId } from '../../types';
import { monthRange } from '../reportMonths';
import { chipKey, chipOfGroup, chipsOf, isGroupChosen, withChip, withoutChip, type FilterChip } from '../filterChips';

const HN: FilterChip = { field: 'regions', value: 'Hà Nội' };
const DN: FilterChip = { field: 'regions', value: 'Đà Nẵng' };
const HOT: FilterChip = { field: 'ratings', value: 'hot' };
const AN: FilterChip = { field: 'assignee', value: { type: 'person', id: 'p1' as PersonId } };

describe('withChip: chips on one field are "any of", on different fields "and"', () => {
  it.each<[string, LeadFilters, FilterChip, LeadFilters]>([
    ['a first region', {}, HN, { regions: ['Hà Nội'] }],
    ['a second region joins the first', { regions: ['Hà Nội'] }, DN, { regions: ['Hà Nội', 'Đà Nẵng'] }],
    ['the same region twice is one', { regions: ['Hà Nội'] }, HN, { regions: ['Hà Nội'] }],
    ['a rating beside a region', { regions: ['Hà Nội'] }, HOT, { regions: ['Hà Nội'], ratings: ['hot'] }],
    ['"no region" is the value ""', {}, { field: 'regions', value: '' }, { regions: [''] }],
    ['an owner replaces the assignee filter', { assignee: { type: 'me' } }, AN, { assignee: { type: 'person', id: 'p1' as PersonId } }],
    ['a month replaces the created range', { created: { min: 1 } }, { field: 'created', value: { min: 5, max: 9 } }, { created: { min: 5, max: 9 } }],
  ])('%s', (_, before, chip, after) => {
    expect(withChip(before, chip)).toEqual(after);
  });
});

describe('withoutChip', () => {
  it.each<[string, LeadFilters, FilterChip, LeadFilters]>([
    ['one region of two', { regions: ['Hà Nội', 'Đà Nẵng'] }, HN, { regions: ['Đà Nẵng'] }],
    ['the last region drops the field', { regions: ['Hà Nội'], ratings: ['hot'] }, HN, { ratings: ['hot'] }],
    ['the assignee', { assignee: { type: 'unassigned' }, includeDisqualified: true }, { field: 'assignee', value: { type: 'unassigned' } }, { includeDisqualified: true }],
    ['a score range', { score: { min: 50 } }, { field: 'score', value: { min: 50 } }, {}],
    ['a value not there changes nothing', { sources: ['web'] }, { field: 'sources', value: 'email' }, { sources: ['web'] }],
  ])('%s', (_, before, chip, after) => {
    expect(withoutChip(before, chip)).toEqual(after);
  });
});

describe('chipsOf', () => {
  it.each<[string, LeadFilters, string[]]>([
    ['no filters, no chips', {}, []],
    ['"any" assignee and empty ranges show nothing', { assignee: { type: 'any' }, score: {}, created: {}, regions: [] }, []],
    [
      'every kind, in field order',
      { created: { min: 1, max: 2 }, statuses: ['open'], sources: ['web'], ratings: ['hot', ''], regions: ['Huế'], assignee: { type: 'me' }, score: { min: 40 } },
      ['assignee:me', 'regions:Huế', 'ratings:hot', 'ratings:', 'sources:web', 'statuses:open', 'score:40..', 'created:1..2'],
    ],
  ])('%s', (_, filters, keys) => {
    expect(chipsOf(filters).map(chipKey)).toEqual(keys);
  });

  it('should undo every chip it shows, one by one, back to no filters', () => {
    let filters: LeadFilters = { regions: ['Huế', 'Vinh'], ratings: ['warm'], assignee: { type: 'unassigned' }, created: { min: 3 } };
    for (const chip of chipsOf(filters)) filters = withoutChip(filters, chip);
    expect(filters).toEqual({});
  });
});

describe('chipOfGroup: a chart bar or slice as a chip', () => {
  it.each<[string, Parameters<typeof chipOfGroup>[0], FilterChip]>([
    ['a region', { dimension: 'region', key: 'Hà Nội' }, HN],
    ['a rating', { dimension: 'rating', key: 'hot' }, HOT],
    ['no rating', { dimension: 'rating', key: '' }, { field: 'ratings', value: '' }],
    ['a source', { dimension: 'source', key: 'web' }, { field: 'sources', value: 'web' }],
    ['a status', { dimension: 'status', key: 'qualified' }, { field: 'statuses', value: 'qualified' }],
    ['a person', { dimension: 'owner', key: 'person:p1' }, AN],
    ['unassigned', { dimension: 'owner', key: '' }, { field: 'assignee', value: { type: 'unassigned' } }],
    ['a month', { dimension: 'createdMonth', key: '2026-03' }, { field: 'created', value: monthRange('2026-03') }],
    ['five stars', { dimension: 'scoreBand', key: '5' }, { field: 'score', value: { min: 90 } }],
  ])('%s', (_, step, chip) => {
    expect(chipOfGroup(step)).toEqual(chip);
  });

  it.each<[LeadFilters, boolean]>([
    [{ regions: ['Hà Nội', 'Huế'] }, true],
    [{ regions: ['Huế'] }, false],
    [{}, false],
  ])('should tell whether the Hà Nội bar is chosen in %j', (filters, chosen) => {
    expect(isGroupChosen(filters, { dimension: 'region', key: 'Hà Nội' })).toBe(chosen);
  });
});
