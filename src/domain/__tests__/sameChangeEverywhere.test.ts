import { planMassEdit, type MassEdit } from '../bulk-edit/massEdit';
import { buildLead, emptyLeadInput, leadInputOf, type LeadInput } from '../lead';
import { changeFromForm, changeLead, type AssigneeNames, type ChangeContext } from '../leadChange';
import type { CustomFieldDef, CustomFieldId, Lead, LeadId, PersonId, TeamId } from '../types';

/**
 * The proof that there is one change path: the same change made in the lead form and in mass
 * edit gives the same record (rev, keys, every field) and the same history.
 */
const NOW = Date.UTC(2026, 11, 2, 8, 0);
const names: AssigneeNames = {
  person: (id) => ({ p1: 'An' } as Record<string, string>)[id],
  team: (id) => ({ t1: 'Miền Nam' } as Record<string, string>)[id],
};
const budget: CustomFieldDef = {
  id: 'budget' as CustomFieldId, name: 'Budget', kind: 'number', choices: [], order: 0, createdAt: 0, updatedAt: 0, rev: 1, deletedAt: null,
};
const context: ChangeContext = { now: NOW, by: null, customFields: [budget], names };

const stored: Lead = buildLead('l1' as LeadId, {
  ...emptyLeadInput(), fullName: 'Trần Thị Mai', company: 'Thép Sài Gòn', source: 'Web', rating: 'cold', region: 'Huế',
  addresses: [{ text: '12 Lê Lợi, Quận 1, TP.HCM', label: 'work', forMail: true }], customValues: { budget: 10, other: 'kept' },
}, NOW - 60_000);
const onTeam: Lead = { ...stored, teamId: 't1' as TeamId };

type Row = [name: string, lead: Lead, form: (input: LeadInput) => LeadInput, edit: MassEdit];
const rows: Row[] = [
  ['set the source', stored, (i) => ({ ...i, source: 'Trade fair' }), { field: 'source', value: 'Trade fair' }],
  ['set a source of the one limit (512)', stored, (i) => ({ ...i, source: 's'.repeat(512) }), { field: 'source', value: 's'.repeat(512) }],
  ['clear the source', stored, (i) => ({ ...i, source: '' }), { field: 'source', value: null }],
  ['set the region', stored, (i) => ({ ...i, region: 'Đà Nẵng' }), { field: 'region', value: ' Đà  Nẵng ' }],
  ['clear the region', stored, (i) => ({ ...i, region: '' }), { field: 'region', value: null }],
  ['set the rating', stored, (i) => ({ ...i, rating: 'hot' }), { field: 'rating', value: 'hot' }],
  ['clear the rating', stored, (i) => ({ ...i, rating: null }), { field: 'rating', value: null }],
  ['assign to a person', stored, (i) => ({ ...i, ownerId: 'p1' as PersonId }), { field: 'assignee', value: { type: 'person', id: 'p1' as PersonId, name: 'An' } }],
  ['take a team\'s lead for a person', onTeam, (i) => ({ ...i, ownerId: 'p1' as PersonId }), { field: 'assignee', value: { type: 'person', id: 'p1' as PersonId, name: 'An' } }],
  ['set a custom value', stored, (i) => ({ ...i, customValues: { ...i.customValues, budget: 1500 } }), { field: 'custom', def: budget, value: 1500 }],
  ['clear a custom value', stored, (i) => ({ ...i, customValues: { other: 'kept' } }), { field: 'custom', def: budget, value: null }],
];

describe('one change, two doors: the lead form and mass edit', () => {
  it.each(rows)('%s: the same record and the same history', (_name, lead, form, edit) => {
    const fromForm = changeLead(lead, changeFromForm(lead, form(leadInputOf(lead))), context);
    if (!fromForm.ok) throw new Error(JSON.stringify(fromForm.errors));
    const planned = planMassEdit([lead], edit, names, NOW);
    const [fromMassEdit] = planned.changes;
    expect(planned.unchanged).toEqual([]);
    expect(fromMassEdit?.lead).toEqual(fromForm.lead);
    expect(fromMassEdit?.event ? [fromMassEdit.event] : []).toEqual(fromForm.events);
    expect(fromForm.lead.rev).toBe(lead.rev + 1);
  });

  it('refuses the same value from both doors under the one limit', () => {
    const tooLong = 's'.repeat(513);
    const fromForm = changeLead(stored, changeFromForm(stored, { ...leadInputOf(stored), source: tooLong }), context);
    expect(!fromForm.ok && fromForm.errors).toEqual([{ field: 'source', code: 'tooLong', max: 512 }]);
    expect(planMassEdit([stored], { field: 'source', value: tooLong }, names, NOW).skipped).toEqual([{ id: 'l1', reason: 'invalid' }]);
  });
});
