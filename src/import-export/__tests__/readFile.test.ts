import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measuredRecord, type MeasuredRecord } from '../measurement';
import { ImportFileError, readImportFile } from '../readFile';

const FIXTURES = join(__dirname, '../../../test/fixtures/import');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function read(name: string) {
  const result = await readImportFile(name, bytesOf(name));
  return { ...result, measured: result.records.map(measuredRecord) };
}

type Case = { file: string; format: 'csv' | 'xlsx' | 'vcard'; encoding: string | null; count: number; first: Partial<MeasuredRecord>; errors?: number[] };

/** One fixture per export and dialect; `first` is what the first record must hold. */
const CASES: Case[] = [
  { file: 'outlook-en.csv', format: 'csv', encoding: 'windows-1252', count: 3, first: { fullName: 'René Lefèvre', givenName: 'René', familyName: 'Lefèvre', company: 'Contoso SARL', jobTitle: 'Directeur commercial', emails: ['rene.lefevre@contoso.fr'], phones: ['+33 1 42 68 53 00', '+33 6 12 34 56 78'], city: 'Paris', country: 'France' } },
  { file: 'outlook-fr.csv', format: 'csv', encoding: 'windows-1252', count: 1, first: { fullName: 'Hélène Dupré', company: 'Société Générale', jobTitle: 'Responsable clientèle', emails: ['helene.dupre@societe.fr'], phones: ['01 23 45 67 89', '06 12 34 56 78'], city: 'Paris', country: 'France' } },
  { file: 'outlook-de.csv', format: 'csv', encoding: 'windows-1252', count: 1, first: { fullName: 'Jürgen Müller', company: 'Bäckerei Groß GmbH', jobTitle: 'Geschäftsführer', emails: ['j.mueller@baeckerei-gross.de', 'juergen@example.de'], phones: ['+49 89 1234567', '0171 2345678'], city: 'München', country: 'Deutschland' } },
  { file: 'outlook-ja.csv', format: 'csv', encoding: 'shift_jis', count: 1, first: { fullName: '山田 太郎', givenName: '太郎', familyName: '山田', company: '株式会社サンプル', jobTitle: '部長', emails: ['taro.yamada@sample.co.jp'], phones: ['03-1234-5678', '090-1234-5678'], city: '千代田区', country: '日本' } },
  { file: 'outlook-vi.csv', format: 'csv', encoding: 'windows-1258', count: 2, first: { fullName: 'Nguyễn Văn An', givenName: 'An', familyName: 'Nguyễn', company: 'Công ty TNHH Phước Đạt', jobTitle: 'Giám đốc', phones: ['028 3822 1111', '0912 345 678'], city: 'Hồ Chí Minh', country: 'Việt Nam' } },
  { file: 'google-old.csv', format: 'csv', encoding: 'utf-16le', count: 2, first: { fullName: 'Lê Minh Châu', company: 'VinaSoft JSC', jobTitle: 'CTO', emails: ['chau.le@vinasoft.vn', 'minhchau@gmail.com'], phones: ['+84 90 123 4567', '(028) 3930 1234'], city: 'Hồ Chí Minh', country: 'Vietnam' } },
  { file: 'google-new.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: "Sarah O'Connor", company: 'Acme Corp', jobTitle: 'VP Sales', emails: ['sarah.oconnor@acme.com', 'sarah@example.net'], phones: ['+1 415-555-0199', '+1 415-555-0100'], city: 'San Francisco', country: 'US' } },
  { file: 'thunderbird.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Phạm Quốc Hùng', givenName: 'Hùng', familyName: 'Phạm', company: 'FPT Software', jobTitle: 'Kỹ sư', emails: ['hung.pham@fpt.com.vn'], city: 'Hà Nội', country: 'Việt Nam' } },
  { file: 'yahoo.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Maria Garcia', company: 'Sunshine Realty', jobTitle: 'Account Manager', emails: ['maria.garcia@yahoo.com'], phones: ['(305) 555-0123', '(305) 555-0188'], city: 'Miami' } },
  { file: 'windows-address-book.csv', format: 'csv', encoding: 'windows-1252', count: 1, first: { fullName: 'José Ramírez', company: 'Empresa Ibérica', jobTitle: 'Gerente', city: 'Madrid', country: 'España' } },
  { file: 'kaddressbook.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Klaus Schmidt', company: 'KDE e.V.', jobTitle: 'Developer', emails: ['klaus@kde.example'], city: 'Berlin' } },
  { file: 'linkedin-connections.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Linh Đỗ', company: 'Grab Vietnam', jobTitle: 'Product Manager', emails: [] } },
  { file: 'salesforce-report.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Emily Chen', company: 'Globex Corporation', jobTitle: 'CFO', phones: ['(212) 555-0111', '(917) 555-0122'], city: 'New York', country: 'USA' } },
  { file: 'salesforce-api.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Raj Patel', company: 'Initech', jobTitle: 'CTO', emails: ['raj.patel@initech.com'], city: 'Austin' } },
  { file: 'hubspot.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Ana Souza', company: 'Empresa Brasil Ltda', jobTitle: 'Diretora', city: 'São Paulo', country: 'Brazil' } },
  { file: 'zoho.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Arjun Mehta', company: 'Tata Traders', jobTitle: 'Purchasing Head', emails: ['arjun@tatatraders.in', 'arjun.mehta@gmail.com'], city: 'Mumbai' } },
  { file: 'suitecrm.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Olivia Brown', company: 'Brown & Sons', jobTitle: 'Office Manager', city: 'London', country: 'United Kingdom' } },
  { file: 'dynamics365.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Hoàng Thị Mai', company: 'Viettel Group', jobTitle: 'Trưởng phòng mua hàng', phones: ['024 6255 6789', '0988 123 456'], city: 'Hà Nội', country: 'Việt Nam' } },
  { file: 'act.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Michael Johnson', company: 'Great Lakes Supply', jobTitle: 'Purchasing Agent', emails: ['mjohnson@glsupply.com'], city: 'Chicago' } },
  { file: 'bcm.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Võ Thanh Tùng', company: 'Công ty CP Thép Miền Nam', jobTitle: 'Phó giám đốc', city: 'Bình Dương', country: 'Việt Nam' } },
  { file: 'vietnamese-sheet.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Nguyễn Thị Lan', company: 'Công ty TNHH Sài Gòn', jobTitle: 'Kế toán trưởng', phones: ['028 3829 5555', '0903 123 456'], city: 'Hồ Chí Minh' }, errors: [6, 7] },
  { file: 'dialect-tab.txt', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Priya Sharma', company: 'Infosys' } },
  { file: 'dialect-semicolon.csv', format: 'csv', encoding: 'windows-1252', count: 1, first: { fullName: 'Léa Martin', company: 'Dupont; Fils & Cie' } },
  { file: 'dialect-bare-cr.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Carlos Ruiz', emails: ['carlos@example.mx'], phones: ['+52 55 5555 0100'] } },
  { file: 'dialect-quoted.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Smith, John', company: 'Acme "Rockets" Ltd' } },
  { file: 'dialect-headerless-palm.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Hoa Nguyen', givenName: 'Hoa', familyName: 'Nguyen', company: 'Saigon Trading', jobTitle: 'Sales Manager', emails: ['hoa@saigontrading.vn'], city: 'Ho Chi Minh', country: 'Vietnam' } },
  { file: 'dialect-headerless-simple.csv', format: 'csv', encoding: 'utf-8', count: 2, first: { fullName: 'Alice Wong', emails: ['alice@wong.example'], phones: ['+1 604 555 0100'] } },
  { file: 'dialect-short-rows.csv', format: 'csv', encoding: 'utf-8', count: 3, first: { fullName: 'Kim Min-jun', city: 'Seoul' }, errors: [3, 4, 6] },
  { file: 'dialect-trailing-empty-columns.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Huỳnh Như', phones: ['0901 000 111'] }, errors: [] },
  { file: 'encoding-utf16be-nobom.csv', format: 'csv', encoding: 'utf-16be', count: 1, first: { fullName: 'Nguyễn Ánh', company: 'Công ty Ánh Sáng' } },
  { file: 'encoding-utf8-bom.csv', format: 'csv', encoding: 'utf-8', count: 1, first: { fullName: 'Trịnh Công Sơn', phones: ['0905 123 456'] } },
  { file: 'encoding-iso-8859-2.csv', format: 'csv', encoding: 'iso-8859-2', count: 2, first: { fullName: 'Łukasz Żółkiewski', city: 'Łódź' } },
  { file: 'encoding-invalid-utf8.csv', format: 'csv', encoding: 'windows-1252', count: 1, first: { fullName: 'André Côté', company: 'Café Crème' } },
  { file: 'xlsx-vietnamese-two-sheets.xlsx', format: 'xlsx', encoding: null, count: 2, first: { fullName: 'Nguyễn Văn An', phones: ['2838221111', '84912345678'], company: 'Công ty ABC', city: 'Hồ Chí Minh' }, errors: [3, 4, 6] },
  { file: 'xlsx-empty-first-sheet-template-rows.xlsx', format: 'xlsx', encoding: null, count: 1, first: { fullName: 'Grace Hopper', phones: ['14155550100'] }, errors: [] },
  { file: 'vcard-apple-3.0.vcf', format: 'vcard', encoding: 'utf-8', count: 2, first: { fullName: 'Trương Mỹ Linh', givenName: 'Mỹ Linh', familyName: 'Trương', company: 'Công ty Cổ phần Sữa Việt Nam', jobTitle: 'Giám đốc thương hiệu', emails: ['linh.truong@vinamilk.example'], phones: ['+84 909 876 543', '028 5415 5555', '028 5415 5556'], city: 'Hồ Chí Minh', country: 'Việt Nam' } },
  { file: 'vcard-outlook-2.1.vcf', format: 'vcard', encoding: 'windows-1252', count: 1, first: { fullName: 'Renée Lefèvre', givenName: 'Renée', familyName: 'Lefèvre', company: 'Société Générale', phones: ['+33 1 42 14 20 00', '+33 6 98 76 54 32', '+33 1 42 14 20 01'], city: 'Paris', country: 'France' } },
  { file: 'vcard-android-2.1.vcf', format: 'vcard', encoding: 'utf-8', count: 1, first: { fullName: 'Đỗ Hoàng Phúc', givenName: 'Hoàng Phúc', familyName: 'Đỗ', company: 'Grab', emails: ['phuc.do@gmail.com'], phones: ['0912-000-111', '+84 28 3333 4444'] } },
  { file: 'vcard-4.0-crcrlf.vcf', format: 'vcard', encoding: 'utf-8', count: 2, first: { fullName: 'Dr. Ingrid Bergström', company: 'Karolinska Institutet', phones: ['+46-8-524-800-00', '+46-70-123-45-67'], city: 'Solna', country: 'Sweden' } },
  { file: 'vcard-folded-utf8-split.vcf', format: 'vcard', encoding: 'utf-8', count: 1, first: { fullName: 'Nguyễn Thị Ngọc Trâm', company: 'Tập đoàn Điện lực Việt Nam' } },
  { file: 'vcard-shift_jis-2.1.vcf', format: 'vcard', encoding: 'shift_jis', count: 1, first: { fullName: '佐藤 花子', givenName: '花子', familyName: '佐藤', phones: ['090-9876-5432'] } },
  { file: 'vcard-broken.vcf', format: 'vcard', encoding: 'utf-8', count: 2, first: { fullName: 'Good Card' }, errors: [2, 3, 3] },
];

describe('readImportFile on one fixture per export and dialect', () => {
  test.each(CASES)('$file', async ({ file, format, encoding, count, first, errors }) => {
    const result = await read(file);
    expect(result.format).toBe(format);
    expect(result.encoding).toBe(encoding);
    expect(result.measured).toHaveLength(count);
    expect(result.measured[0]).toMatchObject(first);
    if (errors) expect(result.errors.map((e) => e.row)).toEqual(errors);
    for (const error of result.errors) expect(error.message).toMatch(/\w/);
  });
});

describe('details the table does not show', () => {
  test('Outlook "Title" beside "Job Title" is the courtesy title, not the job', async () => {
    const { records } = await read('outlook-en.csv');
    expect(records[0]).toMatchObject({ prefix: 'Mr.', jobTitle: 'Directeur commercial' });
    expect(records[0]?.notes).toBe('Met at the "Salon" in Lyon\r\nCall back in March');
  });
  test('Google labels give the kinds; " ::: " splits several values in one cell', async () => {
    const { records } = await read('google-old.csv');
    expect(records[0]?.emails).toEqual([{ address: 'chau.le@vinasoft.vn', label: 'work' }, { address: 'minhchau@gmail.com', label: 'home' }]);
    expect(records[0]?.phones.map((p) => p.kind)).toEqual(['mobile', 'work']);
    const fresh = await read('google-new.csv');
    expect(fresh.records[0]?.phones.map((p) => p.kind)).toEqual(['mobile', 'fax']);
    expect(fresh.records[0]?.addresses[0]).toMatchObject({ label: 'work', city: 'San Francisco', state: 'CA', postalCode: '94105' });
  });
  test('Dynamics 365 "(Do Not Modify)" columns are ignored', async () => {
    const { layout } = await read('dynamics365.csv');
    expect(layout?.keys.slice(0, 3)).toEqual(['ignore', 'ignore', 'ignore']);
  });
  test('LinkedIn: the header row under the "Notes:" preamble is found', async () => {
    const { layout } = await read('linkedin-connections.csv');
    expect(layout?.headerRow).toBe(3);
    expect(layout?.keys).toEqual(['givenName', 'familyName', 'website', 'email:work', 'company', 'jobTitle', 'ignore']);
  });
  test('Apple: itemN.X-ABLabel names the kind of the grouped phone; the photo comes along', async () => {
    const { records } = await read('vcard-apple-3.0.vcf');
    expect(records[0]?.phones.map((p) => p.kind)).toEqual(['mobile', 'mobile', 'fax']);
    expect(records[0]?.notes).toBe('Gặp tại hội nghị, tháng 5\nGọi lại sau');
    expect(records[0]?.department).toBe('Marketing');
    expect(records[0]?.photo?.mediaType).toBe('image/jpeg');
    expect(atob(records[0]?.photo?.base64 ?? '').charCodeAt(0)).toBe(0xff);
    expect(records[1]).toMatchObject({ fullName: '', company: 'Phở 24' });
  });
  test('vCard 4.0: data: URI photo, tel: URIs, PREF order, CR CR LF line ends', async () => {
    const { records } = await read('vcard-4.0-crcrlf.vcf');
    expect(records[0]?.photo?.mediaType).toBe('image/jpeg');
    expect(records[0]?.phones.map((p) => p.kind)).toEqual(['work', 'mobile']);
    expect(records[0]?.prefix).toBe('Dr.');
  });
  test('vCard 2.1 QUOTED-PRINTABLE soft line breaks join the value', async () => {
    const { records } = await read('vcard-outlook-2.1.vcf');
    expect(records[0]?.notes).toBe('Première rencontre au salon de Lyon, très intéressée par la démo.');
    expect(records[0]?.phones.map((p) => p.kind)).toEqual(['work', 'mobile', 'fax']);
  });
  test('the user can choose another encoding, and the alternatives are offered', async () => {
    const bytes = bytesOf('outlook-vi.csv');
    const chosen = await readImportFile('outlook-vi.csv', bytes, { encoding: 'windows-1252' });
    expect(chosen.encoding).toBe('windows-1252');
    const detected = await readImportFile('outlook-vi.csv', bytes);
    expect(detected.alternatives).toContain('windows-1252');
  });
  test('a mapping given by the user replaces the automatic one', async () => {
    const result = await readImportFile('act.csv', bytesOf('act.csv'), { keys: ['company', 'ignore', 'ignore', 'givenName', 'familyName', 'notes'] });
    expect(result.records[0]).toMatchObject({ fullName: 'Michael Johnson', jobTitle: '', notes: 'Purchasing Agent', emails: [] });
  });
  test('the sheet picker reads another sheet', async () => {
    const result = await readImportFile('x.xlsx', bytesOf('xlsx-vietnamese-two-sheets.xlsx'), { sheet: 'Đối tác' });
    expect(result.sheets).toEqual(['Khách hàng', 'Đối tác']);
    expect(result.records.map(measuredRecord)[0]).toMatchObject({ fullName: 'Second Sheet Person', phones: ['12025550123'], company: 'Other Co' });
  });
});

describe('files that cannot be read say why', () => {
  test.each([
    ['empty', new Uint8Array(), 'empty'],
    ['old Excel', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls'],
    ['zip that is not a workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'xlsx'],
    ['binary', new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7) % 9)), 'binary'],
  ])('%s', async (_label, bytes, code) => {
    await expect(readImportFile('file', bytes)).rejects.toMatchObject({ code });
    await expect(readImportFile('file', bytes)).rejects.toBeInstanceOf(ImportFileError);
  });
});
