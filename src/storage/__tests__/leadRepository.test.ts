import { emptyLeadInput, type LeadInput } from '../../domain/lead';
import type { MailMessage } from '../../domain/mailMessage';
import { databaseName, LeadPaneDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V6, SCHEMA_V7, SCHEMA_V10 } from '../db';
import { ValidationError } from '../errors';
import { ActivityRepository, BULK_CHUNK_SIZE, LeadRepository } from '../leadRepository';
import { databaseAtVersion } from './databaseAtVersion';

let db: LeadPaneDb;
let clock: number;
let leads: LeadRepository;
let activities: ActivityRepository;
let counter = 0;

beforeEach(async () => {
  db = new LeadPaneDb(`test-leads-${counter++}`);
  clock = 1_000_000;
  leads = new LeadRepository(db, () => clock++);
  activities = new ActivityRepository(db, () => clock++);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const input = (overrides: Partial<LeadInput> = {}): LeadInput => ({
  ...emptyLeadInput(),
  fullName: 'Nguyễn Văn An',
  company: 'Hoàng Phát',
  emails: [{ address: 'An.Nguyen@HoangPhat.vn', label: 'work' }],
  ...overrides,
});

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  source: 'eml',
  subject: 'Báo giá',
  from: { name: 'Nguyễn Văn An', address: 'an.nguyen@hoangphat.vn' },
  to: [],
  cc: [],
  receivedAt: 500,
  internetMessageId: '<m1@hoangphat.vn>',
  conversationId: '<m1@hoangphat.vn>',
  itemId: null,
  bodyText: 'Xin gửi báo giá',
  bodyHtml: null,
  ...overrides,
});

describe('database', () => {
  it('should declare every table of the data model', () => {
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys({ ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V6, ...SCHEMA_V7, ...SCHEMA_V10 }).sort());
    expect(db.verno).toBeGreaterThanOrEqual(1);
  });

  it('should prefix the name with the Outlook partition key when there is one', () => {
    expect(databaseName('abc123')).toBe('abc123_leadpane');
    expect(databaseName(null)).toBe('leadpane');
  });
});

describe('LeadRepository.create', () => {
  it('should store the lead with folded search keys and link the email as its first history item', async () => {
    const lead = await leads.create(input(), { message: message(), replyText: 'Xin gửi báo giá' });
    const stored = await db.leads.get(lead.id);
    expect(stored).toMatchObject({ fullName: 'Nguyễn Văn An', searchWords: ['nguyen', 'van', 'an', 'hoang', 'phat'], emailKeys: ['an.nguyen@hoangphat.vn'] });
    const history = await activities.historyOf(lead.id);
    // The change path's "created" item, then the email the lead came from.
    expect(history.map((a) => a.event?.type ?? a.kind)).toEqual(['created', 'email']);
    expect(history[0]).toMatchObject({ kind: 'system', event: { type: 'created', via: 'email' } });
    expect(history[1]).toMatchObject({ kind: 'email', subject: 'Báo giá', internetMessageId: '<m1@hoangphat.vn>', body: 'Xin gửi báo giá', occurredAt: 500 });
  });

  it('should store nothing when linking the email fails (one transaction)', async () => {
    jest.spyOn(db.activities, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(leads.create(input(), { message: message(), replyText: '' })).rejects.toThrow('disk full');
    expect(await db.leads.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });

  it('should refuse invalid input without writing anything', async () => {
    const attempt = leads.create(input({ fullName: '', emails: [{ address: 'not-an-email', label: 'work' }] }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: [{ field: 'fullName', code: 'required' }, { field: 'emails.0', code: 'invalidEmail' }] });
    expect(await db.leads.count()).toBe(0);
  });

  it('should keep long and unusual text intact', async () => {
    const notes = `${'Ghi chú dài. '.repeat(800)}😀 עברית e\u0301`;
    const lead = await leads.create(input({ fullName: 'Zoë 😀 O’Brien', notes }));
    expect(await db.leads.get(lead.id)).toMatchObject({ fullName: 'Zoë 😀 O’Brien', notes });
  });
});

describe('LeadRepository look-ups', () => {
  it('should find a known sender by address whatever its case', async () => {
    const lead = await leads.create(input());
    expect((await leads.findByEmail('AN.NGUYEN@hoangphat.vn'))?.id).toBe(lead.id);
    expect(await leads.findByEmail('someone@else.vn')).toBeUndefined();
  });

  it('should not find a deleted lead', async () => {
    const lead = await leads.create(input());
    await db.leads.update(lead.id, { deletedAt: 1 });
    expect(await leads.findByEmail('an.nguyen@hoangphat.vn')).toBeUndefined();
    expect(await leads.get(lead.id)).toBeUndefined();
  });
});

describe('LeadRepository.bulkCreate', () => {
  it('should write in chunks and report progress', async () => {
    const inputs = Array.from({ length: BULK_CHUNK_SIZE + 10 }, (_, i) => input({ fullName: `Lead ${i}`, emails: [] }));
    const progress: number[] = [];
    await leads.bulkCreate(inputs, (done) => progress.push(done));
    expect(progress).toEqual([BULK_CHUNK_SIZE, BULK_CHUNK_SIZE + 10]);
    expect(await db.leads.count()).toBe(BULK_CHUNK_SIZE + 10);
  });

  it('should write nothing when one record is invalid', async () => {
    await expect(leads.bulkCreate([input({ emails: [] }), input({ fullName: '' })])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.leads.count()).toBe(0);
  });
});

describe('ActivityRepository.logEmail', () => {
  it('should log an email once per internetMessageId', async () => {
    const lead = await leads.create(input());
    const second = message({ internetMessageId: '<m2@hoangphat.vn>', subject: 'RE: Báo giá', receivedAt: 900 });
    expect(await activities.logEmail(lead.id, { message: second, replyText: 'OK' })).toMatchObject({ logged: true });
    expect(await activities.logEmail(lead.id, { message: second, replyText: 'OK' })).toEqual({ logged: false, reason: 'alreadyLogged' });
    expect(await activities.isEmailLogged(lead.id, '<m2@hoangphat.vn>')).toBe(true);
    expect((await activities.historyOf(lead.id)).filter((a) => a.kind === 'email').map((a) => a.subject)).toEqual(['RE: Báo giá']);
  });
});

describe('opening an existing database', () => {
  it('should read data written by a plain Dexie at version 1', async () => {
    const name = `test-v1-${counter++}`;
    const raw = databaseAtVersion(name, 1);
    await raw.table('leads').put({ id: 'l1', fullName: 'Lê Thị Hà', emailKeys: ['ha@x.vn'], searchWords: ['le', 'thi', 'ha'], phoneKeys: [], createdAt: 1, deletedAt: null });
    raw.close();
    const reopened = new LeadPaneDb(name);
    expect(await new LeadRepository(reopened).findByEmail('ha@x.vn')).toMatchObject({ fullName: 'Lê Thị Hà' });
    await reopened.delete();
  });
});
