import { autoMap, foldHeader, matchHeader } from '../headerMapping';
import { parseCsv, sniffDelimiter } from '../csv';
import { decodeBytes } from '../encoding';

describe('foldHeader ignores case, diacritics and punctuation', () => {
  test.each([
    ['E-mail Address', 'emailaddress'],
    ['EmailAddress', 'emailaddress'],
    ['email_address', 'emailaddress'],
    ['Điện thoại', 'dienthoai'],
    ['ĐTDĐ', 'dtdd'],
    ['Tỉnh/Thành phố', 'tinhthanhpho'],
    ['Ｅｍａｉｌ', 'email'],
  ])('%s', (header, folded) => expect(foldHeader(header)).toBe(folded));
});

describe('matchHeader', () => {
  test.each([
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['ho va ten', 'fullName'],
    ['Số điện thoại', 'phone:work'],
    ['Di động', 'phone:mobile'],
    ['Chức vụ', 'jobTitle'],
    ['Tỉnh/TP', 'address.city:work'],
    ['E-mail 2 Address', 'email:other'],
    ['E-mail 1 - Value', 'email#1'],
    ['Phone 3 - Label', 'phoneType#3'],
    ['Address 2 - City', 'address.city#2'],
    ['Address 1: ZIP/Postal Code', 'address.postalCode#1'],
    ['MobilePhone', 'phone:mobile'],
    ['primary_address_city', 'address.city:work'],
    ['Account.Name', 'company'],
    ['(Do Not Modify) Row Checksum', 'ignore'],
    ['勤務先電話', 'phone:work'],
    ['Tél. mobile', 'phone:mobile'],
    ['Mobiltelefon', 'phone:mobile'],
    ['Favourite colour', 'ignore'],
  ])('%s -> %s', (header, key) => expect(matchHeader(header).key).toBe(key));
});

describe('autoMap reads headers that mean two things from the row', () => {
  test.each<[string, string[], string[]]>([
    ['Outlook Title beside Job Title is the courtesy title', ['Title', 'First Name', 'Job Title'], ['prefix', 'givenName', 'jobTitle']],
    ['Salesforce Title alone is the job', ['First Name', 'Last Name', 'Title'], ['givenName', 'familyName', 'jobTitle']],
    ['Tên beside Họ is the given name', ['Họ', 'Tên'], ['familyName', 'givenName']],
    ['Tên alone is the full name', ['Tên', 'Điện thoại'], ['fullName', 'phone:work']],
    ['Account is the company only without a company column', ['Company', 'Account'], ['company', 'ignore']],
    ['a second column for the same single field is ignored', ['Company', 'Company Name'], ['company', 'ignore']],
    ['several phones and e-mails all count', ['Phone', 'Business Phone', 'Email', 'E-mail 2'], ['phone:work', 'phone:work', 'email:work', 'email:other']],
  ])('%s', (_label, headers, keys) => expect(autoMap(headers)).toEqual(keys));
});

describe('CSV dialects', () => {
  test.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon with commas inside values', 'a;b;c\n"1,5";2,5;3\nx;y;z\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['pipe', 'a|b|c\n1|2|3\n', '|'],
    ['preamble with a quoted sentence full of commas', 'Notes:\n"one, two, three, four, five, six"\n\nA,B\n1,2\n', ','],
  ])('%s', (_label, text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));
  test.each([
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['bare CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['CR CR LF', 'a,b\r\r\n1,2\r\r\n', [['a', 'b'], ['1', '2']]],
    ['quoted newline and doubled quotes', 'a,b\n"x\ny","say ""hi"""\n', [['a', 'b'], ['x\ny', 'say "hi"']]],
  ])('%s', (_label, text, rows) => expect(parseCsv(text).rows).toEqual(rows));
  test('an unclosed quote is reported, not thrown', () => {
    expect(parseCsv('a,b\n"x,y\n1,2\n').problems[0]?.message).toMatch(/never closed/);
  });
});

describe('decodeBytes', () => {
  const utf8 = new TextEncoder().encode('Nguyễn');
  test.each<[string, Uint8Array, string, string]>([
    ['UTF-8', utf8, 'utf-8', 'Nguyễn'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8', 'Nguyễn'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]), 'utf-16le', 'AB'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0x42]), 'utf-16be', 'AB'],
    ['ASCII', new TextEncoder().encode('plain'), 'utf-8', 'plain'],
    // "Café" in windows-1252: 0xE9 alone is not UTF-8, so the next best decoder is used.
    ['invalid UTF-8', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x20, 0x43, 0x72, 0xe8, 0x6d, 0x65]), 'windows-1252', 'Café, Crème'],
  ])('%s', (_label, bytes, encoding, text) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });
});
