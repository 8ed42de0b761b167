import { changeLead, NO_NAMES, type ChangeContext } from '../../leadChange';
import { buildLead, emptyLeadInput } from '../../lead';
import type { Lead, LeadId, PersonId } from '../../types';
import { settleConflict } from '../settleConflict';
import type { FieldConflict } from '../threeWayMerge';

const context: ChangeContext = { now: 2000, by: null, customFields: [], names: NO_NAMES };

function conflicted(conflicts: FieldConflict[], patch: Partial<Lead> = {}): Lead {
  return { ...buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Văn Minh', notes: 'Gọi lại thứ Hai' }, 1000), ...patch, fieldConflicts: conflicts };
}

const notes: FieldConflict = { field: 'notes', values: [{ value: 'Gọi lại thứ Hai', by: 'alice', at: 1 }, { value: 'Đã gửi báo giá', by: 'bob', at: 2 }] };
const website: FieldConflict = { field: 'website', values: [{ value: 'https://a.vn', by: 'alice', at: 1 }, { value: 'https://b.vn', by: 'bob', at: 2 }] };

function apply(lead: Lead, field: string, value: unknown): Lead {
  const result = changeLead(lead, settleConflict(lead, field, value), context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.changed).toBe(true);
  return result.lead;
}

describe('settling a field conflict', () => {
  it("keeps the other side's value and closes the conflict", () => {
    const lead = apply(conflicted([notes]), 'notes', 'Đã gửi báo giá');
    expect(lead.notes).toBe('Đã gửi báo giá');
    expect(lead.fieldConflicts).toBeUndefined();
    expect(lead.rev).toBe(2);
  });

  it('keeping the value the lead already shows still closes the conflict (a new rev goes to the team)', () => {
    const lead = apply(conflicted([notes, website]), 'notes', 'Gọi lại thứ Hai');
    expect(lead.notes).toBe('Gọi lại thứ Hai');
    expect(lead.fieldConflicts).toEqual([website]);
  });

  it('re-derives search keys when the kept value is a keyed field', () => {
    const field: FieldConflict = { field: 'company', values: [{ value: 'Sen Vàng', by: 'alice', at: 1 }, { value: 'Contoso', by: 'bob', at: 2 }] };
    const lead = apply(conflicted([field]), 'company', 'Sen Vàng');
    expect(lead.searchWords).toEqual(expect.arrayContaining(['sen', 'vang']));
  });

  it('an assignee conflict becomes an assignment, with its history entry', () => {
    const field: FieldConflict = { field: 'ownerId', values: [{ value: 'user:alice', by: 'alice', at: 1 }, { value: 'user:bob', by: 'mai', at: 2 }] };
    const lead = conflicted([field], { ownerId: 'user:alice' as PersonId });
    const result = changeLead(lead, settleConflict(lead, 'ownerId', 'user:bob'), context);
    expect(result.ok && result.lead.ownerId).toBe('user:bob');
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['assigned']);
    expect(result.ok && result.lead.fieldConflicts).toBeUndefined();
  });

  it('delete versus edit: keeping the lead closes the question, deleting it moves it to the bin', () => {
    const field: FieldConflict = { field: 'deletedAt', values: [{ value: 1500, by: 'alice', at: 1 }, { value: null, by: 'bob', at: 2 }] };
    expect(apply(conflicted([field]), 'deletedAt', null)).toMatchObject({ deletedAt: null });
    expect(apply(conflicted([field]), 'deletedAt', 1500)).toMatchObject({ deletedAt: 1500 });
  });

  it('a chosen value is validated like any edit', () => {
    const field: FieldConflict = { field: 'fullName', values: [{ value: '', by: 'alice', at: 1 }, { value: 'Minh', by: 'bob', at: 2 }] };
    const lead = conflicted([field]);
    expect(changeLead(lead, settleConflict(lead, 'fullName', ''), context).ok).toBe(false);
  });

  it('an answer to a conflict that is no longer open changes nothing', () => {
    const lead = conflicted([]);
    const result = changeLead(lead, settleConflict(lead, 'notes', 'Gọi lại thứ Hai'), context);
    expect(result.ok && result.changed).toBe(false);
  });
});
