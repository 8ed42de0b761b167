import Dexie from 'dexie';
import { buildLead, emptyLeadInput } from '../../../domain/lead';
import type { LeadId } from '../../../domain/types';
import { LeadPaneDb } from '../../db';
import { createRepositories } from '../../repositories';
import { databaseAtVersion } from '../../__tests__/databaseAtVersion';

const lead = (id: string, fullName = 'Phạm Thu Hà') => buildLead(id as LeadId, { ...emptyLeadInput(), fullName }, 1);

describe('sync outbox middleware', () => {
  let db: LeadPaneDb;
  beforeEach(async () => {
    db = new LeadPaneDb(`outbox-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('records nothing while no team server is configured', async () => {
    await db.leads.put(lead('l1'));
    await createRepositories(db).leads.create({ ...emptyLeadInput(), fullName: 'Lê Văn Tám' });
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('records every write to leads and history, in the same transaction, from any writer', async () => {
    db.syncTracking.enabled = true;
    await db.leads.put(lead('l1'));
    await db.leads.bulkPut([lead('l2'), lead('l3')]);
    await db.transaction('rw', db.leads, db.activities, async () => {
      await db.leads.update('l1' as LeadId, { jobTitle: 'Trưởng phòng' });
    });
    const created = await createRepositories(db).leads.create({ ...emptyLeadInput(), fullName: 'Lê Văn Tám' });
    await db.settings.put({ key: 'language', value: 'vi' });
    const keys = (await db.syncOutbox.orderBy('seq').toArray()).map((row) => row.key);
    expect(keys.slice(0, 4)).toEqual(['lead:l1', 'lead:l2', 'lead:l3', 'lead:l1']);
    expect(keys).toContain(`lead:${created.id}`);
    // Settings (and so undo batches and rescore progress) never reach the outbox.
    expect(keys.every((key) => key.startsWith('lead:') || key.startsWith('activity:'))).toBe(true);
  });

  it('writes no outbox row when the change itself is rolled back', async () => {
    db.syncTracking.enabled = true;
    await expect(
      db.transaction('rw', db.leads, async () => {
        await db.leads.put(lead('l9'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.leads.get('l9' as LeadId)).toBeUndefined();
    expect(await db.syncOutbox.count()).toBe(0);
  });
});

describe('schema v6 upgrade (sync tables)', () => {
  const NAME = `v6-upgrade-${Math.random()}`;
  afterAll(async () => {
    await Dexie.delete(NAME);
  });

  it('keeps a filled v5 database as it was and starts with empty sync tables', async () => {
    const old = databaseAtVersion(NAME, 5);
    await old.open();
    const stored = { ...lead('l1', 'Trần Thị Mai'), region: 'Hà Nội' };
    await old.table('leads').add(stored);
    await old.table('activities').add({ id: 'e1', recordType: 'lead', recordId: 'l1', kind: 'note', occurredAt: 1, subject: 'Gọi', body: '', createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null });
    await old.table('settings').add({ key: 'language', value: 'vi' });
    old.close();

    const db = new LeadPaneDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    // Version 9 adds the words the list finds the lead by (here its region); nothing else changes.
    expect(await db.leads.get('l1' as LeadId)).toEqual({ ...stored, findWords: ['ha', 'noi'] });
    expect(await db.leads.where('region').equals('Hà Nội').count()).toBe(1);
    expect(await db.activities.count()).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await db.syncBase.count()).toBe(0);
    db.close();
  });
});
