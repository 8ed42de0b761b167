import Dexie from 'dexie';
import { LeadPaneDb } from '../db';
import { ScoringRepository } from '../scoringRepository';
import { databaseAtVersion } from './databaseAtVersion';

const NAME = 'upgrade-v1-to-scoring';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v3 (lead scores) upgrade', () => {
  test('every v1 record survives and old criteria get their defaults', async () => {
    const v1 = databaseAtVersion(NAME, 1);
    await v1.open();
    const lead = {
      id: 'lead-1', fullName: 'Nguyễn Văn An', jobTitle: 'Giám đốc', company: 'Sao Mai', emails: [{ address: 'an@saomai.vn', label: 'work' }],
      phones: [], addresses: [], website: '', source: '', notes: '', status: 'open', rating: 'warm', ownerId: null,
      searchWords: ['nguyen', 'van', 'an', 'sao', 'mai'], emailKeys: ['an@saomai.vn'], phoneKeys: [],
      createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null,
    };
    await v1.table('leads').add(lead);
    // One criterion written fully, one from before importance existed.
    await v1.table('criteria').bulkAdd([
      { id: 'c1', description: 'Need identified', importance: 'high', order: 0, createdAt: 1, updatedAt: 1, rev: 3, deletedAt: null },
      { id: 'c2', description: 'Budget', order: 1, createdAt: 1, updatedAt: 1 },
    ]);
    await v1.table('settings').put({ key: 'language', value: 'vi' });
    v1.close();

    const db = new LeadPaneDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    // Version 2 (the full record) adds fields to the lead; everything it had is still there.
    expect(await db.leads.get('lead-1' as never)).toMatchObject(lead);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    const criteria = await db.criteria.orderBy('order').toArray();
    expect(criteria[0]).toEqual({ id: 'c1', description: 'Need identified', importance: 'high', order: 0, createdAt: 1, updatedAt: 1, rev: 3, deletedAt: null });
    expect(criteria[1]).toEqual({ id: 'c2', description: 'Budget', importance: 'normal', order: 1, createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null });
    expect(await db.leadScores.count()).toBe(0);

    // The user's own criteria are kept: seeding the defaults adds nothing.
    const scoring = new ScoringRepository(db);
    expect(await scoring.seedDefaults((key) => key)).toBe(false);
    expect((await scoring.listCriteria()).map((c) => c.id)).toEqual(['c1', 'c2']);
    db.close();
  });
});
