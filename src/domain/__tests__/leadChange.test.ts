import { buildLead, emptyLeadInput, LEAD_LIMITS, leadInputOf, withDerivedKeys, leadBody, type LeadInput } from '../lead';
import { changeFromForm, changeLead, createdEvent, createLead, type AssigneeNames, type ChangeContext, type LeadChange } from '../leadChange';
import type { CustomFieldDef, CustomFieldId, Lead, LeadId, PersonId, TeamId } from '../types';

const NOW = Date.UTC(2026, 10, 22, 9, 0);
const names: AssigneeNames = {
  person: (id) => ({ p1: 'An', p2: 'Bình' } as Record<string, string>)[id],
  team: (id) => ({ t1: 'Miền Nam' } as Record<string, string>)[id],
};
const def = (id: string, kind: CustomFieldDef['kind'], choices: string[] = []): CustomFieldDef => ({
  id: id as CustomFieldId, name: `Field ${id}`, kind, choices, order: 0, createdAt: 0, updatedAt: 0, rev: 1, deletedAt: null,
});
const budget = def('budget', 'number');
const size = def('size', 'choice', ['S', 'M']);
const context: ChangeContext = { now: NOW, by: 'p1' as PersonId, customFields: [budget, size], names };

function lead(input: Partial<LeadInput> = {}, extra: Partial<Lead> = {}): Lead {
  return { ...buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Thị Mai', company: 'Thép Sài Gòn', ...input }, NOW - 1000), ...extra };
}

function applied(current: Lead, change: LeadChange, ctx: ChangeContext = context) {
  const result = changeLead(current, change, ctx);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('changeLead: fields', () => {
  it('writes a changed field with the next rev and the history it implies', () => {
    const result = applied(lead({ source: 'Web' }), { fields: { source: ' Trade fair ' } });
    expect(result.lead).toMatchObject({ source: 'Trade fair', rev: 2, updatedAt: NOW });
    expect(result.events).toEqual([{ type: 'fieldChanged', field: 'source', from: 'Web', to: 'Trade fair' }]);
  });

  it('is no change when the lead already holds the value: same object, no rev, no history', () => {
    const current = lead({ source: 'Web' });
    const result = applied(current, { fields: { source: 'Web ' } });
    expect(result).toEqual({ ok: true, lead: current, changed: false, events: [] });
    expect(result.lead).toBe(current);
  });

  it('keeps the derived keys right: re-derived on a name change, kept (and equal) otherwise', () => {
    const current = lead();
    const renamed = applied(current, { fields: { fullName: 'Nguyễn Văn An' } }).lead;
    expect(renamed).toEqual(withDerivedKeys(leadBody(renamed)));
    expect(renamed.searchWords).toContain('an');
    expect(renamed.fileAs).toBe('Nguyễn Văn An');
    const sourced = applied(current, { fields: { source: 'Web', region: ' Hà  Nội ' } }).lead;
    expect(sourced).toEqual(withDerivedKeys(leadBody(sourced)));
    expect(sourced.region).toBe('Hà Nội');
  });

  it('leaves an empty region off the record', () => {
    const result = applied(lead({ region: 'Huế' }), { fields: { region: '  ' } });
    expect(result.lead).not.toHaveProperty('region');
    expect(result.events).toEqual([{ type: 'fieldChanged', field: 'region', from: 'Huế', to: null }]);
  });

  it.each<[string, LeadChange, string[]]>([
    ['an empty name', { fields: { fullName: ' ' } }, ['fullName:required']],
    ['a source over the one limit', { fields: { source: 'x'.repeat(LEAD_LIMITS.source + 1) } }, ['source:tooLong']],
    ['a region over the one limit', { fields: { region: 'x'.repeat(LEAD_LIMITS.region + 1) } }, ['region:tooLong']],
    ['a bad email', { fields: { emails: [{ address: 'mai@', label: 'work' }] } }, ['emails.0:invalidEmail']],
    ['a custom number that is not one', { custom: { budget: Number.NaN } }, ['custom.budget:notANumber']],
    ['a choice not offered', { custom: { size: 'XL' } }, ['custom.size:notAChoice']],
    ['a disqualify without a reason', { status: { to: 'disqualified', reason: { reasonId: '', reasonLabel: '', text: '' } } }, ['status:reasonRequired']],
    ['"Other" without a text', { status: { to: 'disqualified', reason: { reasonId: 'other', reasonLabel: 'Other', text: ' ' } } }, ['status:reasonTextRequired']],
    ['stars out of range', { score: { mode: 'manual', stars: 6 } }, ['score:invalidStars']],
  ])('refuses %s and writes nothing', (_name, change, errors) => {
    const result = changeLead(lead(), change, context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => `${e.field}:${e.code}`)).toEqual(errors);
  });

  it('accepts a source of the one limit, 512 characters, wherever it comes from', () => {
    expect(applied(lead(), { fields: { source: 'x'.repeat(LEAD_LIMITS.source) } }).lead.source).toHaveLength(512);
  });

  it('checks only what the change writes: an old value a rule now refuses does not block another field', () => {
    const stale = lead({}, { customValues: { size: 'XL' }, website: 'not a website' });
    expect(applied(stale, { fields: { ...leadInputOf(stale), source: 'Web' } }).lead.source).toBe('Web');
    expect(changeLead(stale, { custom: { size: 'XXL' } }, context).ok).toBe(false);
  });
});

describe('changeLead: assignee, status, custom values, score', () => {
  it('assigns one person or one team, never both, and records who had it', () => {
    const toTeam = applied(lead({ ownerId: 'p2' as PersonId }), { assignee: { type: 'team', id: 't1' as TeamId } });
    expect(toTeam.lead).toMatchObject({ ownerId: null, teamId: 't1' });
    expect(toTeam.events).toEqual([{
      type: 'assigned', from: { type: 'person', id: 'p2', name: 'Bình' }, to: { type: 'team', id: 't1', name: 'Miền Nam' },
    }]);
    expect(applied(toTeam.lead, { assignee: null }).events).toEqual([{ type: 'assigned', from: { type: 'team', id: 't1', name: 'Miền Nam' }, to: null }]);
  });

  it('disqualifies with the reason and its time, and reactivates', () => {
    const out = applied(lead(), { status: { to: 'disqualified', reason: { reasonId: 'other', reasonLabel: 'Other', text: ' moved ' } } });
    expect(out.lead).toMatchObject({ status: 'disqualified', disqualification: { reasonId: 'other', reasonLabel: 'Other', text: 'moved', at: NOW } });
    expect(out.events).toEqual([{ type: 'disqualified', reasonLabel: 'Other', text: 'moved' }]);
    const back = applied(out.lead, { status: { to: 'open' } });
    expect(back.lead).toMatchObject({ status: 'open', disqualification: null, rev: 3 });
    expect(back.events).toEqual([{ type: 'reactivated' }]);
  });

  it('keeps a qualified lead qualified', () => {
    const result = changeLead(lead({}, { status: 'qualified' }), { status: { to: 'open' } }, context);
    expect(!result.ok && result.errors).toEqual([{ field: 'status', code: 'qualifiedStays' }]);
  });

  it('sets and clears one custom field, keeping the others, and names it in history', () => {
    const current = lead({ customValues: { budget: 10, size: 'S' } });
    const result = applied(current, { custom: { budget: 1500, size: null } });
    expect(result.lead.customValues).toEqual({ budget: 1500 });
    expect(result.events).toEqual([
      { type: 'fieldChanged', field: 'custom', fieldId: 'budget', fieldName: 'Field budget', from: 10, to: 1500 },
      { type: 'fieldChanged', field: 'custom', fieldId: 'size', fieldName: 'Field size', from: 'S', to: null },
    ]);
  });

  it('sets the score without touching the lead record', () => {
    const current = lead();
    const result = applied(current, { score: { mode: 'manual', stars: 4 } }, { ...context, score: { mode: 'automatic', manualStars: 2 } });
    expect(result.lead).toBe(current);
    expect(result.changed).toBe(false);
    expect(result.score).toEqual({ before: { mode: 'automatic', manualStars: 2 }, after: { mode: 'manual', manualStars: 4 } });
    expect(result.events).toEqual([{ type: 'fieldChanged', field: 'score', from: null, to: 4 }]);
    const back = applied(current, { score: { mode: 'automatic' } }, { ...context, score: { mode: 'manual', manualStars: 4 } });
    expect(back.score?.after).toEqual({ mode: 'automatic', manualStars: 4 });
  });
});

describe('changeFromForm', () => {
  it('turns the form\'s "Assigned to" into an assignee change only when it differs', () => {
    const teamLead = lead({}, { teamId: 't1' as TeamId });
    expect(changeFromForm(teamLead, leadInputOf(teamLead)).assignee).toBeUndefined();
    const picked = applied(teamLead, changeFromForm(teamLead, { ...leadInputOf(teamLead), ownerId: 'p1' as PersonId }));
    expect(picked.lead).toMatchObject({ ownerId: 'p1', teamId: null });
    expect(picked.events).toEqual([{ type: 'assigned', from: { type: 'team', id: 't1', name: 'Miền Nam' }, to: { type: 'person', id: 'p1', name: 'An' } }]);
  });

  it('writes the rating from the form with its history', () => {
    const current = lead();
    const result = applied(current, changeFromForm(current, { ...leadInputOf(current), rating: 'hot' }));
    expect(result.events).toEqual([{ type: 'fieldChanged', field: 'rating', from: null, to: 'hot' }]);
  });
});

describe('createLead', () => {
  it('creates under the same rules, with the "created" history item and where it came from', () => {
    const result = createLead('l9' as LeadId, { ...emptyLeadInput(), fullName: ' An ', customValues: { budget: 5 } }, context, { via: 'import', from: 'leads.csv' });
    expect(result.ok && result.lead).toMatchObject({ id: 'l9', fullName: 'An', rev: 1, createdAt: NOW, sortCreated: NOW });
    expect(result.ok && result.lead.origin).toEqual({ via: 'import', from: 'leads.csv', by: 'p1' });
    expect(result.ok && createdEvent(result.lead)).toEqual({ type: 'created', via: 'import', from: 'leads.csv' });
    expect(createdEvent({})).toEqual({ type: 'created', via: 'form' });
  });

  it('checks custom values against the live fields, as an edit does', () => {
    const result = createLead('l9' as LeadId, { ...emptyLeadInput(), fullName: 'An', customValues: { budget: 'lots' } }, context, { via: 'form' });
    expect(!result.ok && result.errors).toEqual([{ field: 'custom.budget', code: 'notANumber', value: 'lots' }]);
  });
});
