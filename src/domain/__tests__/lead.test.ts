import { buildLead, emptyLeadInput, leadSearchKeys, MAX_NAME_LENGTH, validateLead, type LeadInput } from '../lead';
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
