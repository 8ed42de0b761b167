import { CsvBuilder, csvCell, neutraliseCell, toCsv, unneutraliseCell } from '../csvWriter';
import { readImportFile } from '../readFile';
import { foldLine, toVcards, vcardOf, type VcardContact } from '../vcardWriter';
import { toXlsx } from '../xlsxWriter';
import { readXlsxSheets } from '../xlsx';

describe('formula injection: cells starting with = + - @ tab CR are made inert', () => {
  test.each([
    ['=HYPERLINK("http://evil","x")', "'=HYPERLINK(\"http://evil\",\"x\")"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j', (value, neutralised) => {
    expect(neutraliseCell(value)).toBe(neutralised);
    expect(unneutraliseCell(neutraliseCell(value))).toBe(value);
  });
  test('an apostrophe the user typed stays', () => expect(unneutraliseCell("'quoted'")).toBe("'quoted'"));
});

describe('CSV cells', () => {
  test.each<[unknown, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    [42, '42'],
    [true, 'TRUE'],
    [null, ''],
    ['=1+1', "'=1+1"],
    ['=1,1', "\"'=1,1\""],
  ])('%j', (value, text) => expect(csvCell(value as string)).toBe(text));
  test('a table: BOM, CRLF', () => {
    expect(toCsv([['Name', 'Phone'], ['Lê Văn Tám', '0912 345 678']])).toBe('\uFEFFName,Phone\r\nLê Văn Tám,0912 345 678\r\n');
    expect(toCsv([['a']], { bom: false, delimiter: ';' })).toBe('a\r\n');
  });
  test('the builder gives the same text in pieces and a UTF-8 Blob', async () => {
    const builder = new CsvBuilder();
    const rows = Array.from({ length: 3000 }, (_, i) => [`Name ${i}`, `+84 90 000 ${i}`]);
    for (const row of rows) builder.add(row);
    const blob = builder.toBlob();
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(toCsv(rows).slice(1));
  });
  test('what the writer writes, the reader reads back as written (neutralised phones included)', async () => {
    const text = toCsv([['Full Name', 'Phone 1', 'Email 1', 'Notes'], ['Lê Văn Tám', '+84 912 345 678', 'tam@example.vn', '=not a formula, "quoted"\nline 2']]);
    const { records } = await readImportFile('x.csv', new TextEncoder().encode(text));
    expect(records[0]).toMatchObject({ fullName: 'Lê Văn Tám', phones: [{ number: '+84 912 345 678' }], emails: [{ address: 'tam@example.vn' }], notes: '=not a formula, "quoted"\nline 2' });
  });
});

describe('XLSX writer', () => {
  test('typed cells, several sheets, read back by the reader', async () => {
    const blob = await toXlsx([
      { name: 'Leads: all/some', header: ['Name', 'Phone', 'Score', 'Formula-looking'], rows: [['Nguyễn Văn An', '0912 345 678', 4.5, '=1+1']] },
      { name: 'Leads: all/some', header: ['Other'], rows: [] },
    ]);
    const sheets = await readXlsxSheets(new Uint8Array(await blob.arrayBuffer()));
    expect(sheets.map((s) => s.name)).toEqual(['Leads  all some', 'Leads  all some (2)']);
    expect(sheets[0]?.rows).toEqual([['Name', 'Phone', 'Score', 'Formula-looking'], ['Nguyễn Văn An', '0912 345 678', '4.5', '=1+1']]);
  });
});

describe('vCard 3.0 writer', () => {
  const contact: VcardContact = {
    fullName: 'Nguyễn Thị Ngọc Trâm', company: 'Tập đoàn Điện lực; Việt Nam', jobTitle: 'Kỹ sư, trưởng nhóm',
    emails: [{ address: 'tram@evn.example', label: 'work' }, { address: 'tram@gmail.example', label: 'home' }],
    phones: [{ number: '+84 24 6694 6789', kind: 'work' }, { number: '0912 000 111', kind: 'mobile' }, { number: '024 6694 6790', kind: 'fax' }],
    addresses: [{ text: '11 Cửa Bắc, Ba Đình, Hà Nội', label: 'work' }], website: 'https://evn.example', notes: 'Dòng 1\nDòng 2', region: 'Hà Nội',
    photo: { mediaType: 'image/jpeg', base64: 'A'.repeat(300) },
  };
  test('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`NOTE:${'ễ'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'ễ'.repeat(60)}`);
  });
  test('a card the reader reads back whole', async () => {
    const text = toVcards([contact, { ...contact, fullName: '', company: 'Phở 24', emails: [], phones: [], addresses: [], photo: null, notes: '' }]);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Thị Ngọc Trâm\r\nN:Nguyễn;Trâm;Thị Ngọc;;\r\n')).toBe(true);
    const { records, errors } = await readImportFile('x.vcf', new TextEncoder().encode(text));
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({
      fullName: contact.fullName, company: contact.company, jobTitle: contact.jobTitle, emails: contact.emails, phones: contact.phones,
      website: contact.website, notes: contact.notes, photo: contact.photo,
    });
    expect(records[0]?.addresses[0]?.text).toBe('11 Cửa Bắc, Ba Đình, Hà Nội');
    expect(records[1]).toMatchObject({ fullName: '', company: 'Phở 24' });
  });
  test('no address but a region: the region is the locality', () => {
    expect(vcardOf({ ...contact, addresses: [] })).toContain('ADR;TYPE=WORK:;;;Hà Nội;;;\r\n');
  });
});
