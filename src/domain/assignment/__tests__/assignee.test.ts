import { applyLeadEdit, buildLead, emptyLeadInput, leadInputOf } from '../../lead';
import type { LeadId, PersonId, TeamId } from '../../types';
import { assigneeFields, isInDefaultView, matchesAssigneeFilter } from '../assignee';
import { canRemoveReason, DEFAULT_DISQUALIFY_REASONS, validateReasonLabel } from '../../disqualify/disqualifyReasons';

const me = 'me' as PersonId;
const mine = { ownerId: me, teamId: null };
const teams = { ownerId: null, teamId: 't1' as TeamId };
const nobody = { ownerId: null, teamId: null };
const otherTeams = { ownerId: null, teamId: 't2' as TeamId };
const someoneElse = { ownerId: 'p2' as PersonId, teamId: null };
const meInT1 = { personId: me, teamIds: ['t1' as TeamId] };

describe('assignee filters', () => {
  it.each([
    [{ type: 'any' } as const, [true, true, true, true, true]],
    [{ type: 'me' } as const, [true, true, false, false, false]],
    [{ type: 'person', id: me } as const, [true, false, false, false, false]],
    [{ type: 'team', id: 't1' as TeamId } as const, [false, true, false, false, false]],
    [{ type: 'unassigned' } as const, [false, false, true, false, false]],
  ])('%p picks the right leads (me is in team t1)', (filter, expected) => {
    expect([mine, teams, nobody, otherTeams, someoneElse].map((l) => matchesAssigneeFilter(l, filter, meInT1))).toEqual(expected);
  });

  it('finds only my teams\' leads "assigned to me" before I am known as a person, and nothing without teams', () => {
    expect(matchesAssigneeFilter(mine, { type: 'me' }, { personId: null, teamIds: [] })).toBe(false);
    expect(matchesAssigneeFilter(teams, { type: 'me' }, { personId: null, teamIds: ['t1' as TeamId] })).toBe(true);
    expect(matchesAssigneeFilter(teams, { type: 'me' }, { personId: me, teamIds: [] })).toBe(false);
  });

  it('gives a lead one assignee at a time', () => {
    expect(assigneeFields({ type: 'team', id: 't1' as TeamId, name: 'T' })).toEqual({ ownerId: null, teamId: 't1' });
    expect(assigneeFields(null)).toEqual({ ownerId: null, teamId: null });
  });

  it('hides disqualified and deleted leads from default views only', () => {
    expect(isInDefaultView({ status: 'disqualified', deletedAt: null })).toBe(false);
    expect(isInDefaultView({ status: 'open', deletedAt: 5 })).toBe(false);
    expect(isInDefaultView({ status: 'qualified', deletedAt: null })).toBe(true);
  });
});

describe('editable disqualify reasons', () => {
  const label = (r: { id: string; label: string }) => r.label || r.id;
  it('refuses empty, too long and duplicate labels (folded)', () => {
    const reasons = [...DEFAULT_DISQUALIFY_REASONS, { id: 'x', label: 'Hết ngân sách' }];
    expect(validateReasonLabel(' ', reasons, label)).toBe('required');
    expect(validateReasonLabel('x'.repeat(121), reasons, label)).toBe('tooLong');
    expect(validateReasonLabel('het ngan SACH', reasons, label)).toBe('duplicate');
    expect(validateReasonLabel('het ngan sach', reasons, label, 'x')).toBeNull();
  });
  it('always keeps "other"', () => {
    expect(canRemoveReason('other')).toBe(false);
    expect(canRemoveReason('noBudget')).toBe(true);
  });
});

describe('editing the owner on the lead form', () => {
  it('ends a team assignment when a person is picked, and keeps it otherwise', () => {
    const base = { ...buildLead('l' as LeadId, { ...emptyLeadInput(), fullName: 'An' }, 1), teamId: 't1' as TeamId };
    expect(applyLeadEdit(base, { ...leadInputOf(base), jobTitle: 'CEO' }, 2).teamId).toBe('t1');
    expect(applyLeadEdit(base, { ...leadInputOf(base), ownerId: 'p9' as PersonId }, 2)).toMatchObject({ teamId: null, ownerId: 'p9' });
  });
});
