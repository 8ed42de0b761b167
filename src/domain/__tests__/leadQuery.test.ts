import { hasFilters, hasIndexedFilters, inRange, matchesFilters, matchesIndexedFilters, type IndexedFacts, type LeadFilters } from '../leadQuery';

const lead: IndexedFacts = { region: 'Hà Nội', rating: 'hot', source: 'web', status: 'open', createdAt: 1000, score: 60, listIds: ['m1'] };
const bare: IndexedFacts = { rating: null, source: '', status: 'qualified', createdAt: 2000, score: null };

describe('matchesIndexedFilters: the chips and the new list filters', () => {
  it.each<[string, LeadFilters, boolean, boolean]>([
    ['no filter', {}, true, true],
    ['one region', { regions: ['Hà Nội'] }, true, false],
    ['two regions (two chips on one field: either)', { regions: ['Huế', 'Hà Nội'] }, true, false],
    ['no region', { regions: [''] }, false, true],
    ['a rating', { ratings: ['hot'] }, true, false],
    ['no rating', { ratings: [''] }, false, true],
    ['a source', { sources: ['web'] }, true, false],
    ['no source', { sources: [''] }, false, true],
    ['a status', { statuses: ['qualified'] }, false, true],
    ['region and rating (two fields: both)', { regions: ['Hà Nội'], ratings: ['cold'] }, false, false],
    ['a score range', { score: { min: 50, max: 60 } }, true, false],
    ['a range holding 0 keeps unscored leads', { score: { max: 10 } }, false, true],
    ['created since', { created: { min: 1500 } }, false, true],
    ['created until (inclusive)', { created: { max: 1000 } }, true, false],
    ['a marketing list', { marketingListId: 'm1' as never }, true, false],
    ['empty lists filter nothing', { regions: [], ratings: [], sources: [], statuses: [] }, true, true],
  ])('%s', (_what, filters, forLead, forBare) => {
    expect(matchesIndexedFilters(filters, lead)).toBe(forLead);
    expect(matchesIndexedFilters(filters, bare)).toBe(forBare);
  });

  it.each<[LeadFilters, boolean, boolean]>([
    [{}, false, false],
    [{ regions: [] }, false, false],
    [{ regions: ['Huế'] }, true, false],
    [{ score: {} }, false, false],
    [{ score: { min: 1 } }, true, false],
    [{ marketingListId: 'm1' as never }, true, false],
    [{ modified: { min: 1 } }, false, true],
    [{ custom: [{ fieldId: 'f', value: 1 }] }, false, true],
    [{ status: 'open' }, false, true],
  ])('%j: indexed %p, record %p', (filters, indexed, record) => {
    expect(hasIndexedFilters(filters)).toBe(indexed);
    expect(hasFilters(filters)).toBe(record);
  });
});

describe('matchesFilters: the filters read from records', () => {
  const record = { status: 'open' as const, ownerId: null, updatedAt: 5000, customValues: { industry: 'Thép xây dựng', staff: 40, vip: true } };
  it.each<[string, LeadFilters, boolean]>([
    ['modified in range', { modified: { min: 4000, max: 5000 } }, true],
    ['modified before', { modified: { max: 4999 } }, false],
    ['a text field, folded', { custom: [{ fieldId: 'industry', value: ' thep xay dung ' }] }, true],
    ['a text field, other text', { custom: [{ fieldId: 'industry', value: 'Gạo' }] }, false],
    ['a number field', { custom: [{ fieldId: 'staff', value: 40 }] }, true],
    ['a yes/no field', { custom: [{ fieldId: 'vip', value: false }] }, false],
    ['a field the lead has no value for', { custom: [{ fieldId: 'other', value: 'x' }] }, false],
  ])('%s', (_what, filters, expected) => {
    expect(matchesFilters(filters, record)).toBe(expected);
  });

  it.each([
    [5, {}, true],
    [5, { min: 5 }, true],
    [5, { min: 6 }, false],
    [5, { max: 4 }, false],
    [5, undefined, true],
  ])('inRange(%p, %j) is %p', (value, range, expected) => expect(inRange(value, range)).toBe(expected));
});
