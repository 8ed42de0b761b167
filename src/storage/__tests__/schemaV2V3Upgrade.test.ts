import Dexie from 'dexie';
import { firstBadField } from '../../domain/guards';
import { buildLead, emptyLeadInput } from '../../domain/lead';
import { shapeOf } from '../../domain/recordShapes';
import type { LeadId } from '../../domain/types';
import { LeadPaneDb, SCHEMA_V3 } from '../db';
import { createRepositories } from '../repositories';
import { databaseAtVersion } from './databaseAtVersion';

const meta = { createdAt: 1, updatedAt: 1, rev: 2, deletedAt: null };

/** Opens a database with only the first `version` schema versions, as that release did. */
async function openAt(name: string, version: 2 | 3): Promise<Dexie> {
  const old = databaseAtVersion(name, 2);
  if (version === 3) old.version(3).stores(SCHEMA_V3);
  await old.open();
  return old;
}

/** What every release from v2 on wrote: full leads, a photo, custom fields, history with its v2 fields. */
async function fillCommon(old: Dexie) {
  const { region: _none, ...lead } = buildLead('l1' as LeadId, {
    ...emptyLeadInput(), fullName: 'Trần Thị Mai', company: 'Sen Vàng', source: 'email', customValues: { f1: 'Thép' },
    emails: [{ address: 'mai@senvang.vn', label: 'work' }],
  }, 1);
  await old.table('leads').bulkAdd([lead, { ...buildLead('l2' as LeadId, { ...emptyLeadInput(), fullName: 'Gone' }, 1), deletedAt: 5, searchWords: [], emailKeys: [], phoneKeys: [] }]);
  await old.table('leadPhotos').add({ leadId: 'l1', blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), width: 1, height: 1 });
  await old.table('customFields').add({ ...meta, id: 'f1', name: 'Ngành', kind: 'choice', choices: ['Thép', 'Gỗ'], order: 1 });
  await old.table('activities').add({
    ...meta, id: 'e1', recordType: 'lead', recordId: 'l1', kind: 'phone', occurredAt: 1, subject: 'Gọi', body: '', internetMessageId: null,
    conversationId: null, itemId: null, fromAddress: null, direction: 'outgoing', durationMinutes: 5, outcome: 'ok', endAt: null, location: '', dueAt: null, done: false,
  });
  // Written before v4: no domain, notes or products of interest.
  await old.table('accounts').add({ ...meta, id: 'a1', name: 'Sen Vàng', website: 'https://www.senvang.vn/lien-he', searchWords: ['sen', 'vang'] });
  await old.table('contacts').add({ ...meta, id: 'c1', fullName: 'Lan', jobTitle: '', emails: [], phones: [], accountId: 'a1', fromLeadId: null, searchWords: ['lan'], emailKeys: [], phoneKeys: [] });
  await old.table('opportunities').add({ ...meta, id: 'o1', topic: 'Thép', accountId: 'a1', contactId: 'c1', fromLeadId: 'l1', estimatedValue: 5, closeDate: null });
  await old.table('people').add({ ...meta, id: 'p1', name: 'An', email: 'an@x.vn' });
  await old.table('settings').add({ key: 'language', value: 'vi' });
  return lead;
}

async function expectCommonSurvived(db: LeadPaneDb, lead: object) {
  expect(await db.leads.get('l1' as LeadId)).toEqual(lead);
  expect(await db.leads.get('l2' as LeadId)).toMatchObject({ deletedAt: 5 });
  expect(await db.leads.where('dupKey').equals((lead as { dupKey: string }).dupKey).primaryKeys()).toEqual(['l1']);
  expect(await db.leadPhotos.get('l1' as LeadId)).toMatchObject({ width: 1, height: 1 });
  expect(await db.customFields.get('f1' as never)).toMatchObject({ choices: ['Thép', 'Gỗ'] });
  expect(await db.activities.get('e1' as never)).toMatchObject({ durationMinutes: 5, outcome: 'ok' });
  // v4 fills what accounts, contacts and opportunities gained, and indexes the account's domain.
  expect(await db.accounts.get('a1' as never)).toMatchObject({ domain: 'senvang.vn', phones: [], notes: '', fromLeadId: null });
  expect(await db.accounts.where('domain').equals('senvang.vn').primaryKeys()).toEqual(['a1']);
  expect(await db.contacts.get('c1' as never)).toMatchObject({ notes: '', addresses: [], website: '' });
  expect(await db.opportunities.get('o1' as never)).toMatchObject({ productsOfInterest: '', notes: '' });
  expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
  // Every upgraded row is one a restore would accept.
  for (const table of db.tables) {
    const shape = shapeOf(table.name);
    if (!shape) continue;
    for (const row of await table.toArray()) expect({ table: table.name, field: firstBadField(row, shape) }).toEqual({ table: table.name, field: null });
  }
}

describe('schema upgrades from version 2 and version 3', () => {
  it('should keep every record of a filled version-2 database and give its criteria an importance', async () => {
    const name = `v2-upgrade-${Math.random()}`;
    const old = await openAt(name, 2);
    const lead = await fillCommon(old);
    await old.table('criteria').bulkAdd([
      { id: 'c1', description: 'Has a budget', order: 0, createdAt: 1, updatedAt: 1 },
      { id: 'c2', description: 'Decision maker', importance: 'high', order: 1, ...meta },
    ]);
    old.close();

    const db = new LeadPaneDb(name);
    await db.open();
    await expectCommonSurvived(db, lead);
    expect(await db.criteria.orderBy('order').toArray()).toEqual([
      { id: 'c1', description: 'Has a budget', importance: 'normal', order: 0, createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null },
      { id: 'c2', description: 'Decision maker', importance: 'high', order: 1, ...meta },
    ]);
    expect(await db.leadScores.count()).toBe(0);
    // The lead scores from the criteria as upgraded: nothing ticked yet is 0, not a crash.
    expect((await createRepositories(db).scoring.scoreOf('l1' as LeadId)).score).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('should keep every record of a filled version-3 database, its scores included', async () => {
    const name = `v3-upgrade-${Math.random()}`;
    const old = await openAt(name, 3);
    const lead = await fillCommon(old);
    await old.table('criteria').add({ id: 'c1', description: 'Has a budget', importance: 'high', order: 0, ...meta });
    const score = { leadId: 'l1', ticks: ['c1'], mode: 'manual', manualStars: 4, computedScore: 100, computedStars: 5, score: 80, stars: 4, criteriaVersion: 2, updatedAt: 1 };
    await old.table('leadScores').add(score);
    await old.table('settings').bulkAdd([{ key: 'scoring.criteriaVersion', value: 2 }, { key: 'scoring.rescoredVersion', value: 2 }]);
    old.close();

    const db = new LeadPaneDb(name);
    await db.open();
    await expectCommonSurvived(db, lead);
    expect(await db.leadScores.get('l1' as LeadId)).toEqual(score);
    expect(await db.leadScores.where('score').aboveOrEqual(80).primaryKeys()).toEqual(['l1']);
    const repos = createRepositories(db);
    expect(await repos.scoring.criteriaVersion()).toBe(2);
    expect(await repos.scoring.scoreOf('l1' as LeadId)).toMatchObject({ mode: 'manual', stars: 4 });
    db.close();
    await Dexie.delete(name);
  });
});
