import { ACTIVITY_DETAIL_DEFAULTS } from '../../domain/activity';
import { vietnameseSortKey } from '../../domain/viCollation';
import { LeadPaneDb } from '../db';
import { databaseAtVersion } from './databaseAtVersion';

const meta = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, rev: 3, deletedAt: null };
const ODD_NOTE = `${'Ghi chú dài. '.repeat(800)}e\u0301 👩‍👩‍👧 שלום مرحبا`;

const v1Leads = [
  {
    id: 'lead-vi', fullName: 'Nguyễn Văn An', jobTitle: 'Giám đốc', company: 'Công ty Đặng', emails: [{ address: 'an@example.vn', label: 'work' }],
    phones: [{ number: '0903 123 456', kind: 'mobile' }], addresses: [{ text: '1 Lê Lợi, Q1', label: 'work', forMail: true }], website: 'dang.vn',
    source: 'email', notes: ODD_NOTE, status: 'open', rating: 'hot', ownerId: null,
    searchWords: ['nguyen', 'van', 'an', 'cong', 'ty', 'dang'], emailKeys: ['an@example.vn'], phoneKeys: ['+84903123456'], ...meta,
  },
  {
    id: 'lead-en', fullName: 'John Smith', jobTitle: '', company: '', emails: [], phones: [], addresses: [], website: '',
    source: '', notes: '', status: 'qualified', rating: null, ownerId: 'p1', searchWords: ['john', 'smith'], emailKeys: [], phoneKeys: [], ...meta,
  },
  {
    id: 'lead-deleted', fullName: 'Đặng Thu', jobTitle: '', company: 'Sen Vàng', emails: [{ address: 'thu@sen.vn', label: 'work' }], phones: [], addresses: [],
    website: '', source: '', notes: '', status: 'open', rating: null, ownerId: null, searchWords: ['dang', 'thu', 'sen', 'vang'],
    emailKeys: ['thu@sen.vn'], phoneKeys: [], ...meta, deletedAt: 1_700_000_100_000,
  },
];
const v1Activity = {
  id: 'act-1', recordType: 'lead', recordId: 'lead-vi', kind: 'email', occurredAt: 1_700_000_000_500, subject: 'Hỏi giá', body: 'Xin báo giá',
  internetMessageId: '<m1@x>', conversationId: null, itemId: null, fromAddress: 'an@example.vn', ...meta,
};

async function fillVersion1(name: string) {
  const old = databaseAtVersion(name, 1);
  await old.open();
  await old.table('leads').bulkAdd(v1Leads);
  await old.table('activities').add(v1Activity);
  await old.table('contacts').add({ id: 'c1', fullName: 'Lê Hoa', jobTitle: '', emails: [], phones: [], accountId: 'a1', fromLeadId: null, searchWords: ['le', 'hoa'], emailKeys: [], phoneKeys: [], ...meta });
  await old.table('accounts').add({ id: 'a1', name: 'Sen Vàng', website: '', searchWords: ['sen', 'vang'], ...meta });
  await old.table('people').add({ id: 'p1', name: 'Mai', email: 'mai@x.vn', ...meta });
  await old.table('settings').put({ key: 'language', value: 'vi' });
  old.close();
}

describe('schema version 2 upgrade', () => {
  it('should keep every version-1 record and default the new fields', async () => {
    const name = `upgrade-${Math.random()}`;
    await fillVersion1(name);
    const db = new LeadPaneDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);

    const vi = await db.leads.get('lead-vi' as never);
    expect(vi).toMatchObject({
      fullName: 'Nguyễn Văn An', company: 'Công ty Đặng', notes: ODD_NOTE, rating: 'hot', rev: 3,
      fileAsStyle: 'asWritten', fileAs: 'Nguyễn Văn An', accountId: null, initiatedBy: null, customValues: {},
      sortName: vietnameseSortKey('Nguyễn Văn An'), sortCreated: meta.createdAt,
    });
    expect(vi?.notes).toHaveLength(ODD_NOTE.length);
    const en = await db.leads.get('lead-en' as never);
    expect(en).toMatchObject({ fileAsStyle: 'familyGiven', fileAs: 'Smith, John', ownerId: 'p1', status: 'qualified' });

    // A lead deleted under version 1 is in the recycle bin, not in the list or search.
    const deleted = await db.leads.get('lead-deleted' as never);
    expect(deleted?.deletedAt).toBe(1_700_000_100_000);
    expect(deleted?.emails).toEqual([{ address: 'thu@sen.vn', label: 'work' }]);
    expect(await db.leads.orderBy('sortName').primaryKeys()).toEqual(['lead-vi', 'lead-en']);
    expect(await db.leads.orderBy('deletedAt').primaryKeys()).toEqual(['lead-deleted']);

    expect(await db.activities.get('act-1' as never)).toEqual({ ...v1Activity, ...ACTIVITY_DETAIL_DEFAULTS });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.accounts.get('a1' as never)).toMatchObject({ name: 'Sen Vàng' });
    expect(await db.people.get('p1' as never)).toMatchObject({ name: 'Mai' });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    expect(await db.customFields.count()).toBe(0);
    db.close();
  });
});
