import { threeWayMerge, type MergeableFields } from '../threeWayMerge';

const base = { fullName: 'Trần Minh', jobTitle: 'Kế toán', company: 'Contoso', notes: '', status: 'open', ownerId: 'user:alice', createdAt: 100, updatedAt: 100, deletedAt: null as number | null, customValues: { size: 10, vip: false } as Record<string, number | boolean> };
type F = typeof base & MergeableFields;
const alice = (fields: Partial<F>) => ({ fields: { ...base, updatedAt: 200, ...fields } as F, by: 'alice', at: 200 });
const bob = (fields: Partial<F>) => ({ fields: { ...base, updatedAt: 300, ...fields } as F, by: 'bob', at: 300 });

describe('threeWayMerge', () => {
  const cases: Array<{ name: string; winner: Partial<F>; other: Partial<F>; expect: Partial<F>; conflicts: string[]; base?: F | null }> = [
    { name: 'different fields on each side: both kept', winner: { jobTitle: 'Giám đốc' }, other: { notes: 'Gọi lại thứ Hai' }, expect: { jobTitle: 'Giám đốc', notes: 'Gọi lại thứ Hai' }, conflicts: [] },
    { name: 'only the other side changed', winner: {}, other: { company: 'Fabrikam' }, expect: { company: 'Fabrikam' }, conflicts: [] },
    { name: 'only the winner changed', winner: { company: 'Fabrikam' }, other: {}, expect: { company: 'Fabrikam' }, conflicts: [] },
    { name: 'the same change on both sides is no conflict', winner: { status: 'qualified' }, other: { status: 'qualified' }, expect: { status: 'qualified' }, conflicts: [] },
    { name: 'the same field changed differently: conflict, winner value meanwhile', winner: { notes: 'A' }, other: { notes: 'B' }, expect: { notes: 'A' }, conflicts: ['notes'] },
    { name: 'two custom fields on two sides both survive', winner: { customValues: { size: 20, vip: false } }, other: { customValues: { size: 10, vip: true } }, expect: { customValues: { size: 20, vip: true } }, conflicts: [] },
    { name: 'one custom field changed on both sides', winner: { customValues: { size: 20, vip: false } }, other: { customValues: { size: 30, vip: false } }, expect: { customValues: { size: 20, vip: false } }, conflicts: ['customValues.size'] },
    { name: 'a reassignment and an edit merge', winner: { ownerId: 'user:bob' }, other: { jobTitle: 'CEO' }, expect: { ownerId: 'user:bob', jobTitle: 'CEO' }, conflicts: [] },
    { name: 'delete versus edit asks and keeps the lead live', winner: { deletedAt: 250 }, other: { notes: 'still talking' }, expect: { deletedAt: null, notes: 'still talking' }, conflicts: ['deletedAt'] },
    { name: 'edit versus delete, the other way round', winner: { notes: 'still talking' }, other: { deletedAt: 350 }, expect: { deletedAt: null, notes: 'still talking' }, conflicts: ['deletedAt'] },
    { name: 'a delete with nothing edited elsewhere is a delete', winner: { deletedAt: 250 }, other: {}, expect: { deletedAt: 250 }, conflicts: [] },
    { name: 'deleted on both sides: the earlier time', winner: { deletedAt: 250 }, other: { deletedAt: 240 }, expect: { deletedAt: 240 }, conflicts: [] },
    { name: 'restored on one side from a deleted base', base: { ...base, deletedAt: 50 } as F, winner: { deletedAt: 50 }, other: { deletedAt: null }, expect: { deletedAt: null }, conflicts: [] },
    { name: 'no common ancestor: every difference is a conflict', base: null, winner: { notes: 'A' }, other: { jobTitle: 'CEO' }, expect: { notes: 'A', jobTitle: 'Kế toán' }, conflicts: ['jobTitle', 'notes'] },
    { name: 'a field added on one side', winner: {}, other: { region: 'Hà Nội' } as Partial<F>, expect: { region: 'Hà Nội' } as Partial<F>, conflicts: [] },
  ];

  it.each(cases)('$name', ({ winner, other, expect: expected, conflicts, base: caseBase }) => {
    const result = threeWayMerge<F>(caseBase === undefined ? base : caseBase, alice(winner), bob(other));
    expect(result.fields).toMatchObject(expected);
    expect(result.conflicts.map((c) => c.field)).toEqual(conflicts);
    expect((result.fields.fieldConflicts ?? []).map((c) => c.field)).toEqual(conflicts);
  });

  it('says who made each value', () => {
    const { conflicts } = threeWayMerge<F>(base, alice({ notes: 'A' }), bob({ notes: 'B' }));
    expect(conflicts).toEqual([{ field: 'notes', values: [{ value: 'A', by: 'alice', at: 200 }, { value: 'B', by: 'bob', at: 300 }] }]);
  });

  it('keeps bookkeeping out of conflicts: earliest creation, latest update', () => {
    const { fields, conflicts } = threeWayMerge<F>(base, alice({ createdAt: 90 }), bob({}));
    expect(conflicts).toEqual([]);
    expect(fields.createdAt).toBe(90);
    expect(fields.updatedAt).toBe(300);
  });

  it('keeps a conflict raised earlier open, and one resolved on either side resolved', () => {
    const open = [{ field: 'notes', values: [{ value: 'A', by: 'alice', at: 1 }, { value: 'B', by: 'bob', at: 2 }] }];
    const withOpen = { ...base, fieldConflicts: open } as F;
    expect(threeWayMerge<F>(withOpen, { ...alice({}), fields: { ...withOpen, jobTitle: 'CEO' } }, { ...bob({}), fields: withOpen }).fields.fieldConflicts).toEqual(open);
    const resolved = threeWayMerge<F>(withOpen, { ...alice({ notes: 'A' }) }, { ...bob({}), fields: withOpen });
    expect(resolved.fields.fieldConflicts).toBeUndefined();
    expect(resolved.fields.notes).toBe('A');
  });

  it('is deterministic: the same inputs give the same document on every replica', () => {
    const first = threeWayMerge<F>(base, alice({ notes: 'A', jobTitle: 'x' }), bob({ notes: 'B', company: 'y' }));
    const second = threeWayMerge<F>(structuredClone(base), alice({ notes: 'A', jobTitle: 'x' }), bob({ notes: 'B', company: 'y' }));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});
