import { foldedName } from '../../fold';
import { companyDomain, matchAccounts, matchContacts } from '../customerMatches';
import { websiteDomain } from '../../email';
import { account, contact, lead } from '../../__tests__/fixtures';

const mai = lead('l1', {
  fullName: 'Trần Thị Mai',
  company: 'Công ty Thép Sài Gòn',
  emails: [{ address: 'Mai.Tran@SaigonSteel.com.vn', label: 'work' }],
  phones: [{ number: '0903 123 456', kind: 'mobile' }],
});

describe('duplicate matching before conversion', () => {
  it('folds names so diacritics, case and spacing do not hide a match', () => {
    expect(foldedName('  Trần   THỊ Mai ')).toBe('tran thi mai');
    expect(foldedName('Đặng Văn Đức')).toBe('dang van duc');
  });

  it('reads a domain from a website or from a business email, never from free mail', () => {
    expect(websiteDomain('https://www.Contoso.com/about')).toBe('contoso.com');
    expect(websiteDomain('saigonsteel.com.vn')).toBe('saigonsteel.com.vn');
    expect(websiteDomain('not a site')).toBeNull();
    expect(companyDomain({ website: '', emails: [{ address: 'a@gmail.com', label: 'home' }, { address: 'a@fpt.com.vn', label: 'work' }] })).toBe('fpt.com.vn');
    expect(companyDomain({ website: '', emails: [{ address: 'a@gmail.com', label: 'home' }] })).toBeNull();
  });

  it.each([
    ['email (case-insensitive)', { emailKeys: ['mai.tran@saigonsteel.com.vn'] }, ['email']],
    ['phone in E.164', { phoneKeys: ['+84903123456'] }, ['phone']],
    ['folded full name', { fullName: 'tran thi MAI' }, ['name']],
  ])('finds a contact with the same %s', (_label, extra, reasons) => {
    const matches = matchContacts(mai, [contact('c1', extra), contact('c2')]);
    expect(matches.map((m) => m.record.id)).toEqual(['c1']);
    expect(matches[0]?.reasons).toEqual(reasons);
  });

  it('ranks a contact matching by email above one matching by name only, and ignores deleted contacts', () => {
    const byName = contact('name', { fullName: 'Trần Thị Mai' });
    const byEmail = contact('email', { emailKeys: ['mai.tran@saigonsteel.com.vn'] });
    const deleted = contact('gone', { emailKeys: ['mai.tran@saigonsteel.com.vn'], deletedAt: 1 });
    expect(matchContacts(mai, [byName, deleted, byEmail]).map((m) => m.record.id)).toEqual(['email', 'name']);
  });

  it('finds accounts by folded company name and by domain', () => {
    const byName = account('a1', { name: 'CÔNG TY THÉP SÀI GÒN' });
    const byDomain = account('a2', { name: 'SGS', website: 'http://saigonsteel.com.vn' });
    const byStoredDomain = account('a3', { name: 'SGS 2', domain: 'saigonsteel.com.vn' });
    const other = account('a4', { name: 'Thép Hà Nội', website: 'thephanoi.vn' });
    const matches = matchAccounts(mai, [other, byName, byDomain, byStoredDomain]);
    expect(matches.map((m) => [m.record.id, m.reasons])).toEqual([
      ['a1', ['company']],
      ['a2', ['domain']],
      ['a3', ['domain']],
    ]);
  });

  it('finds no account for a lead without company or business domain', () => {
    const solo = lead('l2', { company: '', emails: [{ address: 'x@gmail.com', label: 'home' }] });
    expect(matchAccounts(solo, [account('a1', { name: '', website: 'gmail.com' })])).toEqual([]);
  });
});
