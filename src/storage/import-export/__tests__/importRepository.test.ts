import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLead, emptyLeadInput, leadBody, withDerivedKeys } from '../../../domain/lead';
import type { LeadId } from '../../../domain/types';
import { emptyImportRecord, type ImportRecord } from '../../../import-export/importRecord';
import { readImportFile } from '../../../import-export/readFile';
import { LeadPaneDb } from '../../db';
import { createRepositories } from '../../repositories';
import { ImportRepository } from '../importRepository';
import { databaseAtVersion } from '../../__tests__/databaseAtVersion';

const FIXTURES = join(__dirname, '../../../../test/fixtures/import');
let names: string[] = [];
let open: LeadPaneDb[] = [];

function freshDb() {
  const name = `import-${Math.random()}`;
  names.push(name);
  const db = new LeadPaneDb(name);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open) db.close();
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
  open = [];
});

function record(row: number, fields: Partial<ImportRecord>): ImportRecord {
  return { ...emptyImportRecord(row), ...fields };
}

describe('ImportRepository', () => {
  it('should create a lead per row through the change path, with "Imported from <file>" as its origin', async () => {
    const db = freshDb();
    const { records } = await readImportFile('outlook-vi.csv', new Uint8Array(readFileSync(join(FIXTURES, 'outlook-vi.csv'))));
    const result = await new ImportRepository(db).importRecords(records, { file: 'outlook-vi.csv', duplicates: 'skip' });
    expect(result).toMatchObject({ imported: 2, filled: 0, skipped: 0, failed: 0, cancelled: false });
    const leads = await db.leads.toArray();
    const an = leads.find((l) => l.fullName === 'Nguyễn Văn An');
    expect(an).toMatchObject({ company: 'Công ty TNHH Phước Đạt', jobTitle: 'Giám đốc', region: 'Hồ Chí Minh', origin: { via: 'import', from: 'outlook-vi.csv' } });
    expect(an?.phoneKeys).toContain('+84912345678');
    expect(an?.searchWords).toContain('nguyen');
    expect(await db.settings.get('import.inProgress')).toBeUndefined();
  });

  it('should store each lead with the keys its fields derive, built once per row at its chunk\'s time, and one undo record per chunk', async () => {
    const db = freshDb();
    let clock = 1_000;
    const rows = [
      record(2, { fullName: 'Trần Thị Mai', company: 'Hoàng Phát', jobTitle: 'Kế toán', emails: [{ address: ' Mai@HoangPhat.com.vn ', label: 'work' }], phones: [{ number: '0903 794 612', kind: 'mobile' }] }),
      record(3, { fullName: 'James Clark', company: 'Contoso', phones: [{ number: '+1 713 853 1411', kind: 'work' }] }),
      record(4, { fullName: 'Lê Văn Nam', emails: [{ address: 'nam@x.vn', label: 'work' }] }),
      // An invalid row that repeats an earlier one is reported as the duplicate it is.
      record(5, { fullName: 'Nam again', emails: [{ address: 'nam@x.vn', label: 'work' }, { address: 'not an email', label: 'home' }] }),
    ];
    const imports = new ImportRepository(db, () => (clock += 10), 2);
    const result = await imports.importRecords(rows, { file: 'keys.csv', duplicates: 'skip' });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'skipped']);
    expect(result.outcomes[3]).toEqual({ row: 5, status: 'skipped', reason: { code: 'duplicateRow', row: 4 } });
    const leads = await db.leads.toArray();
    expect(leads).toHaveLength(3);
    for (const lead of leads) expect(lead).toEqual(withDerivedKeys(leadBody(lead)));
    const mai = leads.find((l) => l.fullName === 'Trần Thị Mai');
    expect(mai).toMatchObject({ emailKeys: ['mai@hoangphat.com.vn'], phoneKeys: ['+84903794612'], dupKey: 'tran thi mai|hoang phat', rev: 1 });
    expect(mai?.findWords).toEqual(expect.arrayContaining(['hoangphat', '4612', '0903794612']));
    // Two chunks of two rows: each lead carries its own chunk's time, and each chunk its undo record.
    const byName = new Map(leads.map((l) => [l.fullName, l.createdAt]));
    expect(byName.get('Trần Thị Mai')).toBe(byName.get('James Clark'));
    expect(byName.get('Lê Văn Nam')).toBeGreaterThan(byName.get('James Clark')!);
    const batches = await db.importBatches.where('batchId').equals(result.batchId!).toArray();
    expect(batches.flatMap((b) => b.created.map((c) => c.id)).sort()).toEqual(leads.map((l) => l.id).sort());
    expect(batches.map((b) => b.created.length).sort()).toEqual([1, 2]);
    await imports.undo(result.batchId!);
    expect(await db.leads.count()).toBe(0);
  });

  it('should report duplicates of stored leads, contacts and earlier rows, and never stop on a bad row', async () => {
    const db = freshDb();
    await db.leads.add(buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Lan', emails: [{ address: 'lan@x.vn', label: 'work' }] }, 1));
    await db.contacts.add({ id: 'c1' as never, fullName: 'Bình', jobTitle: '', emails: [], phones: [], accountId: null, fromLeadId: null, searchWords: ['binh'], emailKeys: [], phoneKeys: ['+84912000111'], createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null });
    const rows = [
      record(2, { fullName: 'Lan Nguyễn', emails: [{ address: 'LAN@x.vn', label: 'work' }] }),
      record(3, { fullName: 'Bình Trần', phones: [{ number: '0912 000 111', kind: 'mobile' }] }),
      record(4, { fullName: 'Chi', emails: [{ address: 'chi@x.vn', label: 'work' }] }),
      record(5, { fullName: 'Chi again', emails: [{ address: 'chi@x.vn', label: 'home' }] }),
      record(6, { fullName: 'Bad', emails: [{ address: 'not an email', label: 'work' }] }),
    ];
    const result = await new ImportRepository(db, Date.now, 2).importRecords(rows, { file: 'f.csv', duplicates: 'skip' });
    expect(result.outcomes).toEqual([
      { row: 2, status: 'skipped', reason: { code: 'duplicateLead', name: 'Lan' } },
      { row: 3, status: 'skipped', reason: { code: 'duplicateContact', name: 'Bình' } },
      { row: 4, status: 'imported', leadId: expect.any(String) },
      { row: 5, status: 'skipped', reason: { code: 'duplicateRow', row: 4 } },
      { row: 6, status: 'failed', reason: { code: 'invalid', errors: [expect.objectContaining({ code: 'invalidEmail' })] } },
    ]);
    const anyway = await new ImportRepository(db).importRecords(rows.slice(0, 2), { file: 'f.csv', duplicates: 'create' });
    expect(anyway.imported).toBe(2);
  });

  it('should fill only the empty fields of a matching lead, and undo restores them', async () => {
    const db = freshDb();
    await db.leads.add(buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Lan', company: 'Kept Co', emails: [{ address: 'lan@x.vn', label: 'work' }] }, 1));
    const imports = new ImportRepository(db);
    const result = await imports.importRecords([record(2, { fullName: 'Lan N', company: 'Other Co', jobTitle: 'CEO', emails: [{ address: 'lan@x.vn', label: 'work' }], phones: [{ number: '0903 000 000', kind: 'mobile' }] })], { file: 'f.csv', duplicates: 'fill' });
    expect(result).toMatchObject({ filled: 1, imported: 0 });
    const filled = await db.leads.get('l1' as LeadId);
    expect(filled).toMatchObject({ fullName: 'Lan', company: 'Kept Co', jobTitle: 'CEO', phones: [{ number: '0903 000 000', kind: 'mobile' }] });
    expect((await db.activities.toArray()).map((a) => a.event)).toContainEqual({ type: 'created', via: 'import', from: 'f.csv' });
    expect(await imports.undo(result.batchId!)).toEqual({ removed: 0, restored: 1, conflicts: 0 });
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({ jobTitle: '', phones: [], company: 'Kept Co' });
  });

  it('should undo exactly the leads it created: untouched ones removed, edited ones to the recycle bin', async () => {
    const db = freshDb();
    await db.leads.add(buildLead('l0' as LeadId, { ...emptyLeadInput(), fullName: 'Before' }, 1));
    const repos = createRepositories(db);
    const rows = Array.from({ length: 5 }, (_, i) => record(i + 2, { fullName: `Person ${i}` }));
    const imports = new ImportRepository(db, Date.now, 2);
    const result = await imports.importRecords(rows, { file: 'f.csv', duplicates: 'skip' });
    expect(await db.importBatches.count()).toBe(3);
    const edited = result.outcomes[0]!;
    if (edited.status !== 'imported') throw new Error('expected an import');
    await repos.leads.change(edited.leadId, { fields: { jobTitle: 'Edited since' } });
    expect(await imports.undo(result.batchId!)).toEqual({ removed: 5, restored: 0, conflicts: 0 });
    const left = await db.leads.toArray();
    expect(left.map((l) => [l.fullName, Boolean(l.deletedAt)]).sort()).toEqual([['Before', false], ['Person 0', true]]);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('should stop at Cancel after the chunk in flight, leaving what it wrote reported for Undo or Keep', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const rows = Array.from({ length: 6 }, (_, i) => record(i + 2, { fullName: `Person ${i}` }));
    const imports = new ImportRepository(db, Date.now, 2);
    const result = await imports.importRecords(rows, { file: 'f.csv', duplicates: 'skip', signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() });
    expect(result).toMatchObject({ imported: 2, skipped: 4, cancelled: true });
    expect(result.outcomes.at(-1)).toEqual({ row: 7, status: 'skipped', reason: { code: 'cancelled' } });
    expect(await imports.interrupted()).toMatchObject({ file: 'f.csv', done: 2, total: 6, written: 2 });
    // The next pane (another repository instance) sees it too, once it has gone quiet.
    const later = new ImportRepository(db, () => Date.now() + 120_000);
    expect(await later.interrupted()).toMatchObject({ batchId: result.batchId });
    await later.forgetInterrupted(result.batchId!);
    expect(await later.interrupted()).toBeNull();
    expect(await db.leads.count()).toBe(2);
  });

  it('should keep a cut-off import reported, with its undo, through a later import that completes', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const imports = new ImportRepository(db, Date.now, 2);
    const first = await imports.importRecords(Array.from({ length: 6 }, (_, i) => record(i + 2, { fullName: `Person ${i}` })), {
      file: 'first.csv', duplicates: 'skip', signal: controller.signal, onProgress: (done) => done === 2 && controller.abort(),
    });
    const second = await imports.importRecords([record(2, { fullName: 'Someone New' })], { file: 'second.csv', duplicates: 'skip' });
    expect(second).toMatchObject({ imported: 1, cancelled: false });
    // The next pane, long after: the first import is still there to undo (one shared marker used to be cleared by the second).
    const later = new ImportRepository(db, () => Date.now() + 24 * 3600_000);
    expect(await later.interrupted()).toMatchObject({ batchId: first.batchId, file: 'first.csv', done: 2, total: 6, written: 2 });
    expect(await later.undo(first.batchId!)).toMatchObject({ removed: 2 });
    expect(await later.interrupted()).toBeNull();
    expect((await db.leads.toArray()).map((l) => l.fullName)).toEqual(['Someone New']);
  });

  it('should wait for another pane\'s import to go quiet (no fresh heartbeat) before reporting it', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const imports = new ImportRepository(db, Date.now, 2);
    await imports.importRecords(Array.from({ length: 4 }, (_, i) => record(i + 2, { fullName: `Person ${i}` })), {
      file: 'f.csv', duplicates: 'skip', signal: controller.signal, onProgress: (done) => done === 2 && controller.abort(),
    });
    // Seconds later, in another pane: the marker's last beat is too recent to call the job stopped.
    expect(await new ImportRepository(db, () => Date.now() + 1_000).interrupted()).toBeNull();
  });

  it('should keep earlier chunks and report the rest when a write fails part-way', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 4 }, (_, i) => record(i + 2, { fullName: `Person ${i}` }));
    const imports = new ImportRepository(db, Date.now, 2);
    let calls = 0;
    const original = db.importBatches.add.bind(db.importBatches);
    db.importBatches.add = ((item: never) => (++calls === 2 ? Promise.reject(new Error('disk full')) : original(item))) as never;
    const failure = await imports.importRecords(rows, { file: 'f.csv', duplicates: 'skip' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'ImportWriteError', result: { imported: 2, failed: 2 } });
    expect(await db.leads.count()).toBe(2);
    expect(await imports.interrupted()).toMatchObject({ done: 2, total: 4, written: 2 });
  });
});

describe('schema v7 upgrade (import undo records)', () => {
  it('should keep a filled v6 database and add the importBatches table', async () => {
    const name = `v7-upgrade-${Math.random()}`;
    names.push(name);
    const old = databaseAtVersion(name, 6);
    await old.open();
    const lead = buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Thị Mai', region: 'Hà Nội' }, 1);
    await old.table('leads').add(lead);
    await old.table('editBatches').add({ id: 'b1:0', batchId: 'b1', createdAt: 1, field: 'rating', entries: [] });
    await old.table('settings').add({ key: 'language', value: 'vi' });
    await old.table('syncOutbox').add({ key: 'lead:l1' });
    old.close();
    const db = new LeadPaneDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.leads.get('l1' as LeadId)).toEqual(lead);
    expect(await db.leads.where('region').equals('Hà Nội').count()).toBe(1);
    expect(await db.editBatches.count()).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    expect(await db.syncOutbox.count()).toBe(1);
    expect(await db.importBatches.count()).toBe(0);
    db.close();
  });
});

describe('export and re-import', () => {
  it('should give the same leads in an empty database (CSV, XLSX and vCard)', async () => {
    const { exportHeader, exportLayout, exportRow, vcardContactOf } = await import('../../../import-export/leadExport');
    const { toCsv } = await import('../../../import-export/csvWriter');
    const { toXlsx } = await import('../../../import-export/xlsxWriter');
    const { toVcards } = await import('../../../import-export/vcardWriter');
    const source = freshDb();
    const field = { id: 'f1' as never, name: 'Ngành', kind: 'text' as const, choices: [], order: 1, createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };
    const flag = { ...field, id: 'f2' as never, name: 'Đã gặp', kind: 'yesNo' as const, order: 2 };
    await source.customFields.bulkAdd([field, flag]);
    const leads = [
      buildLead('a' as LeadId, { ...emptyLeadInput(), fullName: 'Nguyễn Văn An', jobTitle: 'Giám đốc', company: 'Công ty "Ánh Dương", TNHH', source: 'Hội chợ', region: 'Hồ Chí Minh', website: 'anhduong.vn',
        emails: [{ address: 'an@anhduong.vn', label: 'work' }, { address: 'an@gmail.com', label: 'home' }],
        phones: [{ number: '+84 912 345 678', kind: 'mobile' }, { number: '028 3822 1111', kind: 'work' }, { number: '028 3822 1112', kind: 'fax' }],
        addresses: [{ text: '12 Lê Lợi, Quận 1, Hồ Chí Minh', label: 'work', forMail: true }, { text: '5 Hai Bà Trưng, Hà Nội', label: 'home', forMail: false }],
        notes: 'Dòng 1\nDòng 2, "trích"', customValues: { f1: 'Thép', f2: true } }, 1),
      buildLead('b' as LeadId, { ...emptyLeadInput(), fullName: 'Sarah O\'Connor', company: 'Acme', emails: [{ address: 'sarah@acme.com', label: 'work' }], phones: [{ number: '+1 415 555 0100', kind: 'other' }], notes: '=HYPERLINK("x")' }, 2),
    ];
    const layout = exportLayout(leads, [field, flag]);
    const csv = toCsv([exportHeader(layout), ...leads.map((lead) => exportRow(lead, layout))]);
    const xlsx = new Uint8Array(await (await toXlsx([{ name: 'Leads', header: exportHeader(layout), rows: leads.map((lead) => exportRow(lead, layout) as never) }])).arrayBuffer());
    const vcf = toVcards(leads.map((lead) => vcardContactOf(lead)));
    const compared = (lead: { fullName: string; jobTitle: string; company: string; emails: unknown; phones: unknown; addresses: unknown; source: string; region?: string; website: string; notes: string; customValues: unknown }) =>
      ({ fullName: lead.fullName, jobTitle: lead.jobTitle, company: lead.company, emails: lead.emails, phones: lead.phones, addresses: lead.addresses, source: lead.source, region: lead.region ?? '', website: lead.website, notes: lead.notes, customValues: lead.customValues });
    for (const [name, bytes] of [['leads.csv', new TextEncoder().encode(csv)], ['leads.xlsx', xlsx]] as const) {
      const target = freshDb();
      await target.customFields.bulkAdd([field, flag]);
      const { records, errors } = await readImportFile(name, bytes, { customFields: [field, flag] });
      expect(errors).toEqual([]);
      await new ImportRepository(target).importRecords(records, { file: name, duplicates: 'skip' });
      const back = await target.leads.orderBy('createdAt').toArray();
      expect(back.map(compared).sort((a, b) => a.fullName.localeCompare(b.fullName))).toEqual(leads.map(compared).sort((a, b) => a.fullName.localeCompare(b.fullName)));
    }
    const fromCards = await readImportFile('leads.vcf', new TextEncoder().encode(vcf));
    expect(fromCards.records.map((r) => [r.fullName, r.company, r.emails, r.phones, r.addresses.map((a) => a.text)])).toEqual(leads.map((l) => [l.fullName, l.company, l.emails, l.phones, l.addresses.map((a) => a.text)]));
  });
});
