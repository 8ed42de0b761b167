import { emptyLeadInput, type LeadInput } from '../../lead';
import type { LeadId } from '../../types';
import { changedFields, formDraftKey, isFormDirty, restoreDraft, type FormDraft } from '../formDraft';

const stored: LeadInput = {
  ...emptyLeadInput(),
  fullName: 'Nguyễn Thị Hoa',
  company: 'Sen Vàng',
  jobTitle: 'Kế toán',
  emails: [{ address: 'hoa@senvang.vn', label: 'work' }],
};

function draftOf(input: LeadInput, baseRev: number | null = 3, base: LeadInput = stored): FormDraft {
  return { key: formDraftKey({ kind: 'lead', leadId: 'l1' as LeadId }), leadId: 'l1' as LeadId, baseRev, base, input, updatedAt: 1 };
}

describe('formDraftKey', () => {
  it('should give each stored lead, each email and the Leads tab new-lead form its own key', () => {
    expect(formDraftKey({ kind: 'lead', leadId: 'abc' as LeadId })).toBe('lead:abc');
    expect(formDraftKey({ kind: 'newLead', messageId: '<m1@x.vn>' })).toBe('new:<m1@x.vn>');
    expect(formDraftKey({ kind: 'newLead', messageId: null })).toBe('new');
  });
});

describe('changedFields and isFormDirty', () => {
  it('should name the fields that differ, in form order', () => {
    const edited = { ...stored, notes: 'Gọi lại thứ Hai', jobTitle: 'Kế toán trưởng' };
    expect(changedFields(stored, edited)).toEqual(['jobTitle', 'notes']);
    expect(isFormDirty(stored, edited)).toBe(true);
  });

  it('should see an unchanged form as clean', () => {
    expect(changedFields(stored, { ...stored, emails: stored.emails.map((e) => ({ ...e })) })).toEqual([]);
    expect(isFormDirty(emptyLeadInput(), emptyLeadInput())).toBe(false);
  });

  it('should treat an empty email or phone row and an empty custom value as nothing typed', () => {
    const typedThenErased = { ...emptyLeadInput(), emails: [{ address: ' ', label: 'work' as const }], phones: [{ number: '', kind: 'work' as const }], customValues: { industry: '' } };
    expect(isFormDirty(emptyLeadInput(), typedThenErased)).toBe(false);
  });

  it('should see a changed row label, a new address and a custom value', () => {
    expect(changedFields(stored, { ...stored, emails: [{ address: 'hoa@senvang.vn', label: 'home' }] })).toEqual(['emails']);
    expect(changedFields(stored, { ...stored, addresses: [{ text: '', label: 'work', forMail: true }] })).toEqual(['addresses']);
    expect(changedFields(stored, { ...stored, customValues: { industry: 'Thép' } })).toEqual(['customValues']);
  });

  it('should not care in which order custom values were set', () => {
    expect(isFormDirty({ ...stored, customValues: { a: 1, b: true } }, { ...stored, customValues: { b: true, a: 1 } })).toBe(false);
  });
});

describe('restoreDraft', () => {
  it('should give back the draft as typed when the lead has not changed since', () => {
    const input = { ...stored, notes: 'Hẹn gặp' };
    expect(restoreDraft(draftOf(input), { input: stored, rev: 3 })).toEqual({ input, base: stored, changedElsewhere: false, bothChanged: [] });
  });

  it('should give back a new lead draft (no rev) as typed', () => {
    const input = { ...emptyLeadInput(), fullName: 'Lan' };
    const restored = restoreDraft(draftOf(input, null, emptyLeadInput()), { input: emptyLeadInput(), rev: null });
    expect(restored.input).toEqual(input);
    expect(restored.changedElsewhere).toBe(false);
  });

  it('should keep the user\'s changed fields on top of a lead saved elsewhere since, and take the other save\'s other fields', () => {
    const mine = { ...stored, notes: 'Hẹn gặp thứ Ba' };
    const theirs = { ...stored, company: 'Sen Vàng Group' };
    const restored = restoreDraft(draftOf(mine), { input: theirs, rev: 4 });
    expect(restored.input).toEqual({ ...stored, company: 'Sen Vàng Group', notes: 'Hẹn gặp thứ Ba' });
    expect(restored.base).toEqual(theirs);
    expect(restored.changedElsewhere).toBe(true);
    expect(restored.bothChanged).toEqual([]);
  });

  it('should name a field both sides changed to different values, and show the user\'s value', () => {
    const mine = { ...stored, jobTitle: 'Kế toán trưởng', notes: 'x' };
    const theirs = { ...stored, jobTitle: 'Giám đốc tài chính', notes: 'x' };
    const restored = restoreDraft(draftOf(mine), { input: theirs, rev: 5 });
    expect(restored.input.jobTitle).toBe('Kế toán trưởng');
    // Both wrote the same notes: no conflict there.
    expect(restored.bothChanged).toEqual(['jobTitle']);
  });
});
