import { LEAD_LIMITS, MAX_REGION_LENGTH } from '../../lead';
import { MAX_STARS } from '../../scoring';
import type { CustomFieldDef, CustomFieldId, LeadId, PersonId, TeamId } from '../../types';
import {
  planMassEdit, planScoreUndo, planUndo, REGION_FROM_ADDRESS, validateMassEdit,
  type AssigneeNames, type MassEdit, type ScoreSetting,
} from '../massEdit';
import { lead, NOW } from '../../__tests__/fixtures';

const names: AssigneeNames = {
  person: (id) => ({ p1: 'An', p2: 'Bình' } as Record<string, string>)[id],
  team: (id) => ({ t1: 'Miền Nam' } as Record<string, string>)[id],
};
const an = { type: 'person', id: 'p1' as PersonId, name: 'An' } as const;
const south = { type: 'team', id: 't1' as TeamId, name: 'Miền Nam' } as const;

describe('mass edit plan', () => {
  it.each<[MassEdit, string[]]>([
    [{ field: 'source', value: '  ' }, ['emptyValue']],
    [{ field: 'source', value: 'x'.repeat(LEAD_LIMITS.source + 1) }, ['tooLong']],
    // The lead's one limit: what the form accepts, mass edit accepts.
    [{ field: 'source', value: 'x'.repeat(LEAD_LIMITS.source) }, []],
    [{ field: 'source', value: 'Trade fair' }, []],
    [{ field: 'source', value: null }, []],
    [{ field: 'rating', value: 'lukewarm' as never }, ['invalidRating']],
    [{ field: 'rating', value: null }, []],
    [{ field: 'status', value: null as never }, ['statusRequired']],
    [{ field: 'status', value: 'disqualified', disqualification: { reasonId: '', reasonLabel: '', text: '' } }, ['reasonRequired']],
    [{ field: 'status', value: 'disqualified', disqualification: { reasonId: 'other', reasonLabel: 'Other', text: ' ' } }, ['reasonTextRequired']],
    [{ field: 'status', value: 'disqualified', disqualification: { reasonId: 'noBudget', reasonLabel: 'No budget', text: '' } }, []],
    [{ field: 'score', value: 0 }, []],
    [{ field: 'score', value: MAX_STARS }, []],
    [{ field: 'score', value: null }, []],
    [{ field: 'score', value: MAX_STARS + 1 }, ['invalidStars']],
    [{ field: 'score', value: 2.5 }, ['invalidStars']],
    [{ field: 'score', value: -1 }, ['invalidStars']],
  ])('validates %p', (edit, codes) => {
    expect(validateMassEdit(edit).map((e) => e.code)).toEqual(codes);
  });

  it('sets a value, keeping the before-values for undo and skipping leads that already hold it', () => {
    const leads = [lead('a', { source: 'Web' }), lead('b', { source: 'Trade fair' }), lead('c')];
    const plan = planMassEdit(leads, { field: 'source', value: ' Trade fair ' }, names, NOW);
    expect(plan.changes.map((c) => [c.id, c.before, c.after, c.event])).toEqual([
      ['a', { source: 'Web' }, { source: 'Trade fair' }, { type: 'fieldChanged', field: 'source', from: 'Web', to: 'Trade fair' }],
      ['c', { source: '' }, { source: 'Trade fair' }, { type: 'fieldChanged', field: 'source', from: null, to: 'Trade fair' }],
    ]);
    expect(plan.unchanged).toEqual(['b']);
  });

  it('clears a value', () => {
    const plan = planMassEdit([lead('a', { rating: 'hot' }), lead('b')], { field: 'rating', value: null }, names, NOW);
    expect(plan.changes.map((c) => [c.id, c.before, c.after, c.event])).toEqual([
      ['a', { rating: 'hot' }, { rating: null }, { type: 'fieldChanged', field: 'rating', from: 'hot', to: null }],
    ]);
    expect(plan.unchanged).toEqual(['b']);
  });

  it('assigns to a team, clearing the person, and records who had it before', () => {
    const plan = planMassEdit([lead('a', { ownerId: 'p2' as PersonId }), lead('b')], { field: 'assignee', value: south }, names, NOW);
    expect(plan.changes[0]).toMatchObject({
      id: 'a', before: { ownerId: 'p2', teamId: null }, after: { ownerId: null, teamId: 't1' },
      event: { type: 'assigned', to: south, from: { type: 'person', id: 'p2', name: 'Bình' } },
    });
    expect(plan.changes[1]?.event).toEqual({ type: 'assigned', to: south, from: null });
  });

  it('treats a lead from before v4 (no teamId field) as unassigned to a team', () => {
    const old = lead('a', { ownerId: 'p1' as PersonId });
    delete (old as { teamId?: unknown }).teamId;
    expect(planMassEdit([old], { field: 'assignee', value: an }, names, NOW).unchanged).toEqual(['a']);
  });

  it('disqualifies open leads with the reason, leaves qualified leads alone, and reactivates', () => {
    const leads = [lead('open'), lead('won', {}, { status: 'qualified' })];
    const disqualify: MassEdit = { field: 'status', value: 'disqualified', disqualification: { reasonId: 'noBudget', reasonLabel: 'No budget', text: '' } };
    const plan = planMassEdit(leads, disqualify, names, NOW);
    expect(plan.skipped).toEqual([{ id: 'won', reason: 'qualified' }]);
    expect(plan.changes[0]?.after).toEqual({ status: 'disqualified', disqualification: { reasonId: 'noBudget', reasonLabel: 'No budget', text: '', at: NOW } });
    expect(plan.changes[0]?.event).toEqual({ type: 'disqualified', reasonLabel: 'No budget', text: '' });

    const out = plan.changes[0]!.lead;
    const back = planMassEdit([out], { field: 'status', value: 'open' }, names, NOW);
    expect(back.changes[0]).toMatchObject({ after: { status: 'open', disqualification: null }, event: { type: 'reactivated' } });
  });

  it('undoes only leads nobody changed since, and reports the others', () => {
    const a = lead('a', { source: 'Web' });
    const b = lead('b', { source: 'Email' });
    const plan = planMassEdit([a, b], { field: 'source', value: 'Fair' }, names, NOW);
    const [a2, b2] = plan.changes.map((c) => c.lead);
    const entries = plan.changes.map((c, i) => ({ id: c.id, before: c.before, rev: [a2, b2][i]!.rev }));
    const bEditedAgain = { ...b2!, source: 'Phone', rev: b2!.rev + 1 };
    const undo = planUndo(entries, [a2, bEditedAgain], NOW + 1);
    expect(undo.restore.map(({ lead: l }) => [l.id, l.source, l.rev])).toEqual([['a', 'Web', a.rev + 2]]);
    expect(undo.restore[0]?.events).toEqual([{ type: 'fieldChanged', field: 'source', from: 'Fair', to: 'Web' }]);
    expect(undo.conflicts).toEqual(['b']);
    expect(planUndo(entries, [undefined, b2], NOW).missing).toEqual(['a']);
  });
});

describe('mass edit of the city / region', () => {
  const at = (id: string, address: string, region?: string) =>
    lead(id, { addresses: address ? [{ text: address, label: 'work', forMail: true }] : [], region: region ?? '' });

  it('sets a value, trimmed, leaving leads that already have it', () => {
    const plan = planMassEdit([at('a', ''), at('b', '', 'Đà Nẵng')], { field: 'region', value: '  Đà   Nẵng ' }, names, NOW);
    expect(plan.unchanged).toEqual(['b']);
    expect(plan.changes.map((c) => [c.id, c.before, c.after, c.event])).toEqual([
      ['a', { region: '' }, { region: 'Đà Nẵng' }, { type: 'fieldChanged', field: 'region', from: null, to: 'Đà Nẵng' }],
    ]);
  });

  it('reads each lead\'s own mailing address, and skips leads whose address names no region', () => {
    const leads = [
      at('hcm', '12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'),
      at('hn', '1 Tràng Tiền, Hoàn Kiếm, Ha Noi', 'Hà Nội'),
      at('none', 'Tầng 5, toà nhà ABC'),
      at('empty', ''),
    ];
    const plan = planMassEdit(leads, { field: 'region', value: REGION_FROM_ADDRESS }, names, NOW);
    expect(plan.changes.map((c) => [c.id, c.after])).toEqual([['hcm', { region: 'Hồ Chí Minh' }]]);
    expect(plan.unchanged).toEqual(['hn']);
    expect(plan.skipped).toEqual([{ id: 'none', reason: 'noRegionInAddress' }, { id: 'empty', reason: 'noRegionInAddress' }]);
  });

  it('clears by leaving the key off the lead, so the region index drops it', () => {
    const a = at('a', '', 'Huế');
    const change = planMassEdit([a], { field: 'region', value: null }, names, NOW).changes[0]!;
    expect(change.after).toEqual({ region: '' });
    const cleared = change.lead;
    expect('region' in cleared).toBe(false);
    const undo = planUndo([{ id: change.id, before: change.before, after: change.after, rev: cleared.rev }], [cleared], NOW, { field: 'region' });
    expect(undo.restore[0]?.lead.region).toBe('Huế');
  });

  it('validates the length and an empty value', () => {
    expect(validateMassEdit({ field: 'region', value: ' ' }).map((e) => e.code)).toEqual(['emptyValue']);
    expect(validateMassEdit({ field: 'region', value: 'x'.repeat(MAX_REGION_LENGTH + 1) })).toEqual([{ code: 'tooLong', max: MAX_REGION_LENGTH }]);
    expect(validateMassEdit({ field: 'region', value: REGION_FROM_ADDRESS })).toEqual([]);
  });
});

describe('undo by field', () => {
  it('restores a lead changed since only in other fields, and refuses one whose field changed again', () => {
    const a = lead('a', { source: 'Web' });
    const b = lead('b', { source: 'Email' });
    const plan = planMassEdit([a, b], { field: 'source', value: 'Fair' }, names, NOW);
    const [a2, b2] = plan.changes.map((c) => c.lead);
    const entries = plan.changes.map((c, i) => ({ id: c.id, before: c.before, after: c.after, rev: [a2, b2][i]!.rev }));
    const aRated = { ...a2!, rating: 'hot' as const, rev: a2!.rev + 1 };
    const bResourced = { ...b2!, source: 'Phone', rev: b2!.rev + 1 };
    const undo = planUndo(entries, [aRated, bResourced], NOW + 1, { field: 'source' });
    expect(undo.restore.map(({ lead: l }) => [l.id, l.source, l.rating])).toEqual([['a', 'Web', 'hot']]);
    expect(undo.conflicts).toEqual(['b']);
  });

  it('restores one custom field and keeps custom values set since', () => {
    const def: CustomFieldDef = { id: 'cf-r' as CustomFieldId, name: 'Region', kind: 'text', choices: [], order: 0, createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };
    const a = lead('a', { customValues: { 'cf-r': 'Bắc' } });
    const change = planMassEdit([a], { field: 'custom', def, value: 'Nam' }, names, NOW).changes[0]!;
    const edited = change.lead;
    const later = { ...edited, customValues: { ...edited.customValues, other: 'x' }, rev: edited.rev + 1 };
    const entry = { id: change.id, before: change.before, after: change.after, rev: edited.rev };
    const undo = planUndo([entry], [later], NOW + 1, { field: 'custom', id: 'cf-r', name: 'Region' });
    expect(undo.restore[0]?.lead.customValues).toEqual({ 'cf-r': 'Bắc', other: 'x' });
  });
});

describe('mass edit of a custom field', () => {
  const budget: CustomFieldDef = { id: 'cf-budget' as CustomFieldId, name: 'Budget', kind: 'number', choices: [], order: 0, createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };
  const region: CustomFieldDef = { ...budget, id: 'cf-region' as CustomFieldId, name: 'Region', kind: 'choice', choices: ['Bắc', 'Trung', 'Nam'] };
  const noNames: AssigneeNames = { person: () => undefined, team: () => undefined };
  const withValues = (id: string, customValues: Record<string, string | number | boolean>) => lead(id, { customValues });

  it('should check the value against the field kind', () => {
    expect(validateMassEdit({ field: 'custom', def: budget, value: Number('abc') })).toEqual([{ code: 'notANumber', value: 'NaN' }]);
    expect(validateMassEdit({ field: 'custom', def: region, value: 'Tây' })).toEqual([{ code: 'notAChoice', value: 'Tây' }]);
    expect(validateMassEdit({ field: 'custom', def: region, value: 'Nam' })).toEqual([]);
    expect(validateMassEdit({ field: 'custom', def: region, value: null })).toEqual([]);
  });

  it('should set one field and keep each lead its other custom values, with before-values for undo', () => {
    const leads = [withValues('a', { 'cf-region': 'Bắc', note: 'x' }), withValues('b', {}), withValues('c', { 'cf-region': 'Nam' })];
    const plan = planMassEdit(leads, { field: 'custom', def: region, value: 'Nam' }, noNames, 5);
    expect(plan.unchanged).toEqual(['c']);
    expect(plan.changes.map((c) => [c.id, c.before, c.after])).toEqual([
      ['a', { customValues: { 'cf-region': 'Bắc', note: 'x' } }, { customValues: { 'cf-region': 'Nam', note: 'x' } }],
      ['b', { customValues: {} }, { customValues: { 'cf-region': 'Nam' } }],
    ]);
  });

  it('should clear the field only where it has a value', () => {
    const plan = planMassEdit([withValues('a', { 'cf-region': 'Bắc', note: 'x' }), withValues('b', {})], { field: 'custom', def: region, value: null }, noNames, 5);
    expect(plan.unchanged).toEqual(['b']);
    expect(plan.changes[0]?.after).toEqual({ customValues: { note: 'x' } });
    expect(plan.changes[0]?.event).toEqual({ type: 'fieldChanged', field: 'custom', fieldId: 'cf-region', fieldName: 'Region', from: 'Bắc', to: null });
  });

  it('should name the field in the history of its undo, as it was named when edited', () => {
    const change = planMassEdit([withValues('a', { 'cf-region': 'Bắc' })], { field: 'custom', def: region, value: 'Nam' }, noNames, 5).changes[0]!;
    const entry = { id: change.id, before: change.before, after: change.after, rev: change.lead.rev };
    const undo = planUndo([entry], [change.lead], 6, { field: 'custom', id: 'cf-region', name: 'Region' });
    expect(undo.restore[0]?.events).toEqual([{ type: 'fieldChanged', field: 'custom', fieldId: 'cf-region', fieldName: 'Region', from: 'Nam', to: 'Bắc' }]);
  });
});

describe('mass edit of the score', () => {
  const manual = (stars: number): ScoreSetting => ({ mode: 'manual', manualStars: stars });
  const auto = (manualStars: number | null = null): ScoreSetting => ({ mode: 'automatic', manualStars });
  const leads = [lead('unscored'), lead('auto'), lead('three'), lead('five'), lead('autoWasTwo')];
  const scores = new Map<LeadId, ScoreSetting>([
    ['auto' as LeadId, auto()], ['three' as LeadId, manual(3)], ['five' as LeadId, manual(5)], ['autoWasTwo' as LeadId, auto(2)],
  ]);

  it('sets manual stars where they differ, leaving the lead records alone', () => {
    const plan = planMassEdit(leads, { field: 'score', value: 5 }, names, NOW, scores);
    expect(plan.unchanged).toEqual(['five']);
    expect(plan.changes.map((c) => [c.id, c.before, c.after, c.score])).toEqual([
      ['unscored', {}, {}, { before: auto(), after: manual(5) }],
      ['auto', {}, {}, { before: auto(), after: manual(5) }],
      ['three', {}, {}, { before: manual(3), after: manual(5) }],
      ['autoWasTwo', {}, {}, { before: auto(2), after: manual(5) }],
    ]);
    expect(plan.changes.map((c) => c.event)).toEqual([
      { type: 'fieldChanged', field: 'score', from: null, to: 5 },
      { type: 'fieldChanged', field: 'score', from: null, to: 5 },
      { type: 'fieldChanged', field: 'score', from: 3, to: 5 },
      { type: 'fieldChanged', field: 'score', from: null, to: 5 },
    ]);
  });

  it('clears the manual score back to automatic, keeping the stars to pick again', () => {
    const plan = planMassEdit(leads, { field: 'score', value: null }, names, NOW, scores);
    expect(plan.unchanged).toEqual(['unscored', 'auto', 'autoWasTwo']);
    expect(plan.changes.map((c) => [c.id, c.score?.after, c.event])).toEqual([
      ['three', auto(3), { type: 'fieldChanged', field: 'score', from: 3, to: null }],
      ['five', auto(5), { type: 'fieldChanged', field: 'score', from: 5, to: null }],
    ]);
  });

  it('undoes only scores still as the edit left them', () => {
    const plan = planMassEdit(leads.slice(0, 3), { field: 'score', value: 4 }, names, NOW, scores);
    const entries = plan.changes.map((c) => ({ id: c.id, before: c.before, rev: 1, score: c.score }));
    const now = new Map<LeadId, ScoreSetting>([
      ['unscored' as LeadId, manual(4)], ['auto' as LeadId, auto(4)], ['three' as LeadId, manual(4)],
    ]);
    const gone = { ...leads[2]!, deletedAt: NOW };
    const undo = planScoreUndo(entries, [leads[0], leads[1], gone], now);
    expect(undo.restore).toEqual([{ id: 'unscored', setting: auto() }]);
    expect(undo.conflicts).toEqual(['auto']);
    expect(undo.missing).toEqual(['three']);
  });
});
