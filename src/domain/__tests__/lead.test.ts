import { applyLeadEdit, buildLead, emptyLeadInput, leadInputOf, leadSearchKeys, MAX_NAME_LENGTH, MAX_REGION_LENGTH, validateLead, type LeadInput } from '../lead';
import type { LeadId } from '../types';

const input = (overrides: Partial<LeadInput>): LeadInput => ({ ...emptyLeadInput(), ...overrides });

describe('validateLead', () => {
  it('should require the full name', () => {
    expect(validateLead(input({ fullName: '   ' }))).toEqual([{ field: 'fullName', code: 'required' }]);
  });

  it('should refuse a name longer than the limit', () => {
    expect(validateLead(input({ fullName: 'a'.repeat(MAX_NAME_LENGTH + 1) }))).toEqual([{ field: 'fullName', code: 'tooLong', max: MAX_NAME_LENGTH }]);
  });

  it.each(['an@', 'an@x', '@x.vn', 'an nguyen@x.vn', 'an@@x.vn', 'an@x.v'])('should refuse the invalid email %s', (address) => {
    expect(validateLead(input({ fullName: 'An', emails: [{ address, label: 'work' }] }))).toEqual([
      { field: 'emails.0', code: 'invalidEmail', value: address },
    ]);
  });

  it.each(['an@x.vn', 'an.nguyen+crm@hoangphat.com.vn', 'AN@X.COM', 'lan@đà-nẵng.vn'])('should accept the email %s', (address) => {
    expect(validateLead(input({ fullName: 'An', emails: [{ address, label: 'work' }] }))).toEqual([]);
  });

  it('should refuse the same address twice, whatever its case', () => {
    const emails = [{ address: 'an@x.vn', label: 'work' as const }, { address: 'AN@x.vn', label: 'home' as const }];
    expect(validateLead(input({ fullName: 'An', emails }))).toEqual([{ field: 'emails.1', code: 'duplicateEmail', value: 'AN@x.vn' }]);
  });

  it('should ignore empty email rows', () => {
    expect(validateLead(input({ fullName: 'An', emails: [{ address: ' ', label: 'work' }] }))).toEqual([]);
  });
});

describe('leadSearchKeys', () => {
  it('should store folded words, lower-cased emails and E.164 phones', () => {
    const keys = leadSearchKeys({
      fullName: 'Đặng Thị Hương',
      company: 'Thép Sài Gòn',
      emails: [{ address: 'Huong.Dang@ThepSG.vn', label: 'work' }],
      phones: [{ number: '0903 123 456', kind: 'mobile' }, { number: '(028) 3822 1234', kind: 'work' }],
    });
    expect(keys).toEqual({
      searchWords: ['dang', 'thi', 'huong', 'thep', 'sai', 'gon'],
      emailKeys: ['huong.dang@thepsg.vn'],
      phoneKeys: ['+84903123456', '+842838221234'],
    });
  });
});

describe('buildLead', () => {
  it('should trim values, drop empty rows and start at rev 1', () => {
    const lead = buildLead('id-1' as LeadId, input({ fullName: '  An  ', emails: [{ address: '', label: 'work' }] }), 1000);
    expect(lead).toMatchObject({ id: 'id-1', fullName: 'An', emails: [], rev: 1, createdAt: 1000, updatedAt: 1000, deletedAt: null });
  });
});

describe('the region field', () => {
  it('should refuse a region longer than the limit, counting it trimmed', () => {
    expect(validateLead(input({ fullName: 'An', region: ` ${'a'.repeat(MAX_REGION_LENGTH)} ` }))).toEqual([]);
    expect(validateLead(input({ fullName: 'An', region: 'a'.repeat(MAX_REGION_LENGTH + 1) }))).toEqual([{ field: 'region', code: 'tooLong', max: MAX_REGION_LENGTH }]);
  });

  it('should store the region trimmed, and leave an empty one out so the index skips the lead', () => {
    expect(buildLead('l1' as LeadId, input({ fullName: 'An', region: '  Hồ   Chí Minh ' }), 1).region).toBe('Hồ Chí Minh');
    expect(buildLead('l2' as LeadId, input({ fullName: 'An', region: '   ' }), 1)).not.toHaveProperty('region');
  });

  it('should carry the region through an edit, clear it, and read an old lead without one as empty', () => {
    const lead = buildLead('l1' as LeadId, input({ fullName: 'An', region: 'Hà Nội' }), 1);
    expect(leadInputOf(lead).region).toBe('Hà Nội');
    const moved = applyLeadEdit(lead, { ...leadInputOf(lead), region: 'Đà Nẵng' }, 2);
    expect(moved).toMatchObject({ region: 'Đà Nẵng', rev: 2 });
    expect(applyLeadEdit(moved, { ...leadInputOf(moved), region: '' }, 3)).not.toHaveProperty('region');
    const { region: _none, ...beforeV5 } = lead;
    expect(leadInputOf(beforeV5).region).toBe('');
  });
});
