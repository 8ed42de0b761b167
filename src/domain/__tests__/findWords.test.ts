import { digitSuffixes, domainNameWords, leadFindWords } from '../findWords';
import { searchTerms } from '../leadQuery';
import { phoneForms } from '../phone';

describe('domainNameWords', () => {
  it.each([
    ['hoangphat.vn', ['hoangphat']],
    ['mail.hoangphat.com.vn', ['hoangphat']],
    ['northwind-traders.ca', ['northwind', 'traders']],
    ['gmail.com', ['gmail']],
    ['vn', []],
    ['', []],
  ])('%s -> %j', (domain, words) => {
    expect(domainNameWords(domain)).toEqual(words);
  });
});

describe('digitSuffixes', () => {
  it('lists every suffix of three digits or more, longest first', () => {
    expect(digitSuffixes('8490312')).toEqual(['8490312', '490312', '90312', '0312', '312']);
    expect(digitSuffixes('12')).toEqual([]);
  });
});

describe('phoneForms', () => {
  it.each([
    ['0903 123 456', '+84903123456', ['84903123456', '0903123456']],
    ['+84 903 123 456', '+84903123456', ['84903123456', '0903123456']],
    ['+1 (403) 555-7946', '+14035557946', ['14035557946', '4035557946']],
    ['ext 12', '12', ['12']],
    ['', '', []],
  ])('%s -> key %s, digits %j', (raw, key, digits) => {
    expect(phoneForms(raw)).toEqual({ key, digits });
  });
});

describe('leadFindWords', () => {
  const lead = {
    jobTitle: 'Trưởng phòng Kinh doanh', region: 'Hà Nội', website: 'www.hoangphat.vn',
    addresses: [{ text: '12 Tràng Tiền, Hà Nội' }], emails: [{ address: 'an@hoangphat.com.vn' }, { address: 'an@gmail.com' }],
  };

  it('gathers title, address, region and domain words once, without the name and company words', () => {
    expect(leadFindWords(lead, [], ['nguyen', 'an', 'hoang', 'phat'])).toEqual(['truong', 'phong', 'kinh', 'doanh', 'ha', 'noi', '12', 'trang', 'tien', 'hoangphat', 'gmail']);
    expect(leadFindWords(lead, [], ['hoangphat'])).not.toContain('hoangphat');
  });

  it('adds every digit run that ends a phone in each of its forms', () => {
    const words = leadFindWords({ ...lead, addresses: [] }, phoneForms('0903 123 456').digits, []);
    expect(words).toEqual(expect.arrayContaining(['84903123456', '0903123456', '903123456', '3456', '456']));
    expect(words).not.toContain('56');
  });
});

describe('searchTerms', () => {
  it.each([
    ['Nguyễn V', ['nguyen', 'v']],
    ['+84 903-123', ['84903123']],
    ['(403) 555', ['403555']],
    ['0903', ['0903']],
    ['12 Tràng Tiền', ['12', 'trang', 'tien']],
    ['an@hoangphat.vn', ['an@hoangphat.vn']],
    ['', []],
  ])('%s -> %j', (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });
});
