import { emptyLeadInput, leadInputOf, type LeadInput } from '../../domain/lead';
import { DEFAULT_LEAD_QUERY, type LeadQuery } from '../../domain/leadQuery';
import type { ContactId, LeadId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { ConflictError, DuplicateError, ValidationError } from '../errors';
import { LeadRepository } from '../leadRepository';
import { createRepositories } from '../repositories';

function setup() {
  const db = new LeadPaneDb(`leads-${Math.random()}`);
  return { ...createRepositories(db), db };
}

function input(fullName: string, extra: Partial<LeadInput> = {}): LeadInput {
  return { ...emptyLeadInput(), fullName, ...extra };
}

const query = (text: string, extra: Partial<LeadQuery> = {}): LeadQuery => ({ ...DEFAULT_LEAD_QUERY, text, ...extra });

describe('LeadRepository', () => {
  it('should save the photo with the lead, replace or remove it with an edit, and leave it alone on a conflict', async () => {
    const { leads, db } = setup();
    const photo = (w: number) => ({ blob: new Blob(['x'.repeat(w)], { type: 'image/jpeg' }), width: w, height: w });
    const lead = await leads.create(input('Trần Thị Mai'), undefined, { kind: 'set', photo: photo(64) });
    expect(await db.leadPhotos.get(lead.id)).toMatchObject({ leadId: lead.id, width: 64 });

    await expect(leads.update(lead.id, input('Mai'), lead.rev + 5, { kind: 'remove' })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.leadPhotos.get(lead.id)).toMatchObject({ width: 64 });
    const edited = await leads.update(lead.id, input('Mai'), lead.rev, { kind: 'set', photo: photo(128) });
    expect(await db.leadPhotos.get(lead.id)).toMatchObject({ width: 128 });
    await leads.update(lead.id, input('Mai'), edited.rev, { kind: 'remove' });
    expect(await db.leadPhotos.get(lead.id)).toBeUndefined();
  });

  it('should store neither lead nor photo when the photo cannot be written', async () => {
    const { leads, db } = setup();
    // A function cannot be cloned into IndexedDB: the photo write fails inside the transaction.
    const broken = { blob: (() => 0) as unknown as Blob, width: 1, height: 1 };
    await expect(leads.create(input('Trần Thị Mai'), undefined, { kind: 'set', photo: broken })).rejects.toThrow();
    expect(await db.leads.count()).toBe(0);
    expect(await db.leadPhotos.count()).toBe(0);
  });

  it('should store every field of the record and default file-as by the name language', async () => {
    const { leads } = setup();
    const note = `${'x'.repeat(10_000)}\u0065\u0301 🇻🇳 עברית`;
    const lead = await leads.create(
      input('Nguyễn Thị Hoa', {
        jobTitle: 'Kế toán', company: 'Hoa Sen', website: 'hoasen.vn', source: 'referral', notes: note, rating: 'warm',
        emails: [{ address: 'Hoa@HoaSen.vn', label: 'work' }, { address: 'hoa@gmail.com', label: 'home' }],
        phones: [{ number: '0903 111 222', kind: 'mobile' }, { number: '028 3822 0000', kind: 'fax' }],
        addresses: [{ text: 'A', label: 'work', forMail: false }, { text: 'B', label: 'home', forMail: true }],
        initiatedBy: { type: 'contact', id: 'c1', name: 'Lê Hoa' }, customValues: { f1: 'x' },
      }),
    );
    const stored = await leads.get(lead.id);
    expect(stored).toMatchObject({ fileAsStyle: 'asWritten', fileAs: 'Nguyễn Thị Hoa', notes: note, rating: 'warm', customValues: { f1: 'x' } });
    expect(stored?.notes).toHaveLength(note.length);
    expect(stored?.addresses.map((a) => a.forMail)).toEqual([false, true]);
    expect(stored?.emailKeys).toEqual(['hoa@hoasen.vn', 'hoa@gmail.com']);
    const western = await leads.create(input('Sarah Jane Miller'));
    expect(western.fileAs).toBe('Miller, Sarah Jane');
  });

  it('should refuse invalid input and write nothing', async () => {
    const { leads } = setup();
    await expect(leads.create(input('', { website: 'not a site' }))).rejects.toBeInstanceOf(ValidationError);
    expect(await leads.count()).toBe(0);
  });

  it('should detect a save over a newer version and allow a knowing overwrite', async () => {
    const { leads } = setup();
    const lead = await leads.create(input('An'));
    const paneA = leadInputOf(lead);
    const paneB = leadInputOf(lead);
    await leads.update(lead.id, { ...paneA, jobTitle: 'from A' }, lead.rev);
    const conflict = await leads.update(lead.id, { ...paneB, jobTitle: 'from B' }, lead.rev).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<{ jobTitle: string; rev: number }>).current.jobTitle).toBe('from A');
    expect((await leads.get(lead.id))?.jobTitle).toBe('from A');
    const overwritten = await leads.update(lead.id, { ...paneB, jobTitle: 'from B' }, (conflict as ConflictError<{ rev: number }>).current.rev);
    expect(overwritten).toMatchObject({ jobTitle: 'from B', rev: 3 });
  });

  it('should find by any word prefix of name, company or email, ignoring diacritics', async () => {
    const { leads } = setup();
    const a = await leads.create(input('Nguyễn Văn An', { company: 'Đặng Gia', emails: [{ address: 'an.nguyen@dg.vn', label: 'work' }] }));
    const b = await leads.create(input('Đặng Thu Thảo', { company: 'Sen Vàng' }));
    const c = await leads.create(input('John Smith', { company: 'Northwind' }));
    expect(await leads.matchingIds(query('nguyen'))).toEqual([a.id]);
    expect(new Set(await leads.matchingIds(query('dang')))).toEqual(new Set([a.id, b.id]));
    expect(await leads.matchingIds(query('Đặng T'))).toEqual([b.id]);
    expect(await leads.matchingIds(query('an.ng'))).toEqual([a.id]);
    expect(await leads.matchingIds(query('north'))).toEqual([c.id]);
    expect(await leads.matchingIds(query('zzz'))).toEqual([]);
  });

  it('should make one lead when two panes save the same sender at once, and show the second pane the first', async () => {
    const name = `two-panes-${Math.random()}`;
    const paneA = createRepositories(new LeadPaneDb(name));
    const paneB = createRepositories(new LeadPaneDb(name));
    const sender = input('Nguyễn Văn An', { emails: [{ address: 'an@hoangphat.vn', label: 'work' }] });
    // Both checked before either wrote: the old check, outside the save, let both through.
    expect(await paneA.leads.findDuplicates(sender)).toEqual([]);
    expect(await paneB.leads.findDuplicates(sender)).toEqual([]);
    const outcomes = await Promise.allSettled([
      paneA.leads.create(sender, undefined, undefined, { refuseDuplicates: true }),
      paneB.leads.create(sender, undefined, undefined, { refuseDuplicates: true }),
    ]);
    const saved = outcomes.filter((o): o is PromiseFulfilledResult<Awaited<ReturnType<LeadRepository['create']>>> => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(DuplicateError);
    expect((refused[0]!.reason as DuplicateError).matches).toEqual([
      { record: { recordType: 'lead', id: saved[0]!.value.id, name: 'Nguyễn Văn An', company: '' }, reasons: ['email'] },
    ]);
    expect(await paneB.leads.count()).toBe(1);
    // "Create anyway" is the user's choice, and still works.
    await paneB.leads.create(sender);
    expect(await paneA.leads.count()).toBe(2);
  });

  it('should find by what a salesperson has in hand: any run of phone digits, city, title, email domain', async () => {
    const { leads } = setup();
    const hanoi = await leads.create(input('Nguyễn Văn An', {
      jobTitle: 'Giám đốc kinh doanh', company: 'Hoàng Phát', emails: [{ address: 'an@hoangphat.com.vn', label: 'work' }],
      phones: [{ number: '0903 123 456', kind: 'mobile' }], addresses: [{ text: '12 Tràng Tiền, Hoàn Kiếm, Hà Nội', label: 'work', forMail: true }],
    }));
    const calgary = await leads.create(input('Sarah Miller', {
      jobTitle: 'Purchasing Manager', company: 'Northwind', website: 'https://www.northwind-traders.ca/contact',
      phones: [{ number: '+1 403 555 7946', kind: 'work' }], addresses: [{ text: '800 Macleod Trail SE, Calgary AB', label: 'work', forMail: true }],
    }));
    const cases: [string, LeadId[]][] = [
      ['0903', [hanoi.id]], ['123 456', [hanoi.id]], ['+84 903 123', [hanoi.id]], ['84903', [hanoi.id]], ['(403) 555', [calgary.id]],
      ['7946', [calgary.id]], ['5557946', [calgary.id]], ['Hà Nội', [hanoi.id]], ['ha noi', [hanoi.id]], ['hoan kiem', [hanoi.id]],
      ['Calgary', [calgary.id]], ['giam doc', [hanoi.id]], ['purchasing', [calgary.id]], ['hoangphat', [hanoi.id]],
      ['northwind-traders', [calgary.id]], ['0904', []], ['9999', []], ['vn', []],
    ];
    for (const [text, expected] of cases) expect([text, await leads.matchingIds(query(text))]).toEqual([text, expected]);

    // The words follow edits and leave with a deleted lead.
    const moved = await leads.update(hanoi.id, { ...leadInputOf(hanoi), phones: [{ number: '0911 222 333', kind: 'mobile' }] }, hanoi.rev);
    expect(await leads.matchingIds(query('0903'))).toEqual([]);
    expect(await leads.matchingIds(query('222333'))).toEqual([moved.id]);
    await leads.softDelete(calgary.id);
    expect(await leads.matchingIds(query('calgary'))).toEqual([]);
  });

  it('should list in Vietnamese collation by file-as, by company with blanks last, and newest first', async () => {
    let clock = 1000;
    const db = new LeadPaneDb(`sort-${Math.random()}`);
    const { LeadRepository } = await import('../leadRepository');
    const leads = new LeadRepository(db, () => clock++);
    const names = ['Ưng Hoàng', 'Đặng Thu', 'Dương Mai', 'Anh Lê', 'Ánh Trần', 'Zoe Adams'];
    for (const name of names) await leads.create(input(name, { fileAsStyle: 'asWritten', company: name === 'Zoe Adams' ? '' : `${name} Co` }));
    const byName = (await leads.getMany(await leads.matchingIds(DEFAULT_LEAD_QUERY))).map((l) => l?.fullName);
    expect(byName).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const byCompany = (await leads.getMany(await leads.matchingIds({ ...DEFAULT_LEAD_QUERY, sort: 'company' }))).map((l) => l?.fullName);
    expect(byCompany.at(-1)).toBe('Zoe Adams');
    const newest = (await leads.getMany(await leads.matchingIds({ ...DEFAULT_LEAD_QUERY, sort: 'created' }))).map((l) => l?.fullName);
    expect(newest).toEqual([...names].reverse());
    const page = await leads.firstPage(DEFAULT_LEAD_QUERY, 2);
    expect(page.total).toBe(6);
    expect(page.leads.map((l) => l.fullName)).toEqual(byName.slice(0, 2));
  });

  it('should sort by score, highest first, with unscored leads after them newest first', async () => {
    const repos = setup();
    const { scoring } = repos;
    // "Newest first" must not hang on two saves landing in the same millisecond.
    let clock = Date.now();
    const leads = new LeadRepository(repos.db, () => (clock += 10));
    const made = [];
    for (const name of ['An Ba', 'An Bốn', 'An Năm', 'An Chưa', 'An Mới']) made.push(await leads.create(input(name)));
    const [three, four, five] = made;
    await scoring.setManualStars(three!.id, 3);
    await scoring.setManualStars(five!.id, 5);
    await scoring.setManualStars(four!.id, 4);
    const names = async (q: LeadQuery) => (await leads.getMany(await leads.matchingIds(q))).map((l) => l?.fullName);
    expect(await names({ ...DEFAULT_LEAD_QUERY, sort: 'score' })).toEqual(['An Năm', 'An Bốn', 'An Ba', 'An Mới', 'An Chưa']);
    expect(await names(query('an', { sort: 'score' }))).toEqual(['An Năm', 'An Bốn', 'An Ba', 'An Mới', 'An Chưa']);
    expect(await names(query('bon', { sort: 'score' }))).toEqual(['An Bốn']);
    const page = await leads.firstPage({ ...DEFAULT_LEAD_QUERY, sort: 'score' }, 2);
    expect(page.leads.map((l) => l.fullName)).toEqual(['An Năm', 'An Bốn']);
    await leads.softDelete(five!.id);
    expect(await names({ ...DEFAULT_LEAD_QUERY, sort: 'score' })).toEqual(['An Bốn', 'An Ba', 'An Mới', 'An Chưa']);
    // Equal scores: newest first, as the rest of the list.
    await scoring.setManualStars(made[3]!.id, 3);
    await scoring.setManualStars(made[4]!.id, 3);
    expect(await names({ ...DEFAULT_LEAD_QUERY, sort: 'score' })).toEqual(['An Bốn', 'An Mới', 'An Chưa', 'An Ba']);
  });

  it('should apply filters to the matching ids', async () => {
    const { leads } = setup();
    const open = await leads.create(input('An Open'));
    await leads.create(input('An Done', { status: 'qualified' }));
    expect(await leads.matchingIds({ ...DEFAULT_LEAD_QUERY, filters: { status: 'open' } })).toEqual([open.id]);
    expect(await leads.matchingIds({ ...query('an'), filters: { status: 'open' } })).toEqual([open.id]);
  });

  it('should soft delete out of list, search and duplicates, restore, and purge with history', async () => {
    const repos = setup();
    const { leads, activities } = repos;
    const lead = await leads.create(input('Trần Bình', { emails: [{ address: 'binh@x.vn', label: 'work' }] }));
    await activities.add(lead.id, { ...(await import('../../domain/activity')).emptyActivityInput('note', 5), subject: 'Gọi lại' });
    await leads.softDelete(lead.id);
    expect(await leads.get(lead.id)).toBeUndefined();
    expect(await leads.count()).toBe(0);
    expect(await leads.matchingIds(query('tran'))).toEqual([]);
    expect(await leads.findDuplicates(input('X', { emails: [{ address: 'binh@x.vn', label: 'work' }] }))).toEqual([]);
    expect((await leads.recycleBin()).map((l) => l.id)).toEqual([lead.id]);

    await leads.restore(lead.id);
    expect((await leads.get(lead.id))?.emails).toEqual([{ address: 'binh@x.vn', label: 'work' }]);
    expect(await leads.matchingIds(query('binh'))).toEqual([lead.id]);
    expect(await leads.recycleBin()).toEqual([]);

    await leads.purge(lead.id);
    expect(await leads.getAny(lead.id)).toBeDefined(); // live leads are never purged
    await leads.softDelete(lead.id);
    await leads.purge(lead.id);
    expect(await leads.getAny(lead.id)).toBeUndefined();
    expect(await activities.historyOf(lead.id)).toEqual([]);
    expect(await repos.db.activities.count()).toBe(0);
  });

  it('should warn of duplicates by email, phone, or folded name and company, among leads and contacts', async () => {
    const { leads, db } = setup();
    const byEmail = await leads.create(input('Mai Trần', { emails: [{ address: 'mai@sg.vn', label: 'work' }] }));
    const byPhone = await leads.create(input('Other', { phones: [{ number: '+84 903 123 456', kind: 'mobile' }] }));
    const byName = await leads.create(input('Nguyễn Văn An', { company: 'Công ty Đặng' }));
    await leads.create(input('Nguyễn Văn An', { company: 'Another' }));
    await db.accounts.add({ id: 'a1' as never, name: 'Sen Vàng', website: '', searchWords: ['sen', 'vang'], createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null });
    await db.contacts.add({
      id: 'c1' as ContactId, fullName: 'Lê Hoa', jobTitle: '', emails: [], phones: [], accountId: 'a1' as never, fromLeadId: null,
      searchWords: ['le', 'hoa'], emailKeys: [], phoneKeys: [], createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null,
    });

    const found = await leads.findDuplicates(
      input('nguyen van AN', { company: 'cong ty dang', emails: [{ address: 'MAI@sg.vn', label: 'work' }], phones: [{ number: '0903123456', kind: 'work' }] }),
    );
    expect(found.map((m) => [m.record.id, m.reasons])).toEqual(
      expect.arrayContaining([[byEmail.id, ['email']], [byPhone.id, ['phone']], [byName.id, ['nameCompany']]]),
    );
    expect(found).toHaveLength(3);
    expect(await leads.findDuplicates(input('Le Hoa', { company: 'sen vang' }))).toEqual([
      { record: { recordType: 'contact', id: 'c1', name: 'Lê Hoa', company: 'Sen Vàng' }, reasons: ['nameCompany'] },
    ]);
    // The lead being edited is not its own duplicate.
    expect(await leads.findDuplicates(input('Mai Trần', { emails: [{ address: 'mai@sg.vn', label: 'work' }] }), byEmail.id as LeadId)).toEqual([]);
  });
});
