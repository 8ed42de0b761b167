import Dexie from 'dexie';
import { buildLead, emptyLeadInput, leadInputOf } from '../../domain/lead';
import type { LeadId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { createRepositories } from '../repositories';
import { databaseAtVersion } from './databaseAtVersion';

const meta = { createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };
const NAME = `v5-upgrade-${Math.random()}`;

afterAll(async () => {
  await Dexie.delete(NAME);
});

/** A database as version 4 left it, written through a Dexie that knows only versions 1-4. */
async function fillVersion4() {
  const old = databaseAtVersion(NAME, 4);
  await old.open();
  const { region: _none, ...lead } = buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Thị Mai', company: 'Sen Vàng', ownerId: 'p1' as never, addresses: [{ text: '12 Lê Lợi, Quận 1, TP.HCM', label: 'work', forMail: true }] }, 1);
  await old.table('leads').bulkAdd([lead, { ...buildLead('l2' as LeadId, { ...emptyLeadInput(), fullName: 'Gone' }, 1), deletedAt: 5 }]);
  await old.table('leadScores').add({ leadId: 'l1', ticks: ['c1'], mode: 'automatic', manualStars: null, computedScore: 40, computedStars: 2, score: 40, stars: 2, criteriaVersion: 1, updatedAt: 1 });
  await old.table('criteria').add({ ...meta, id: 'c1', description: 'Budget', importance: 'high', order: 0 });
  await old.table('contacts').add({ ...meta, id: 'c1', fullName: 'Lan', jobTitle: '', emails: [], phones: [], accountId: 'a1', fromLeadId: null, searchWords: ['lan'], emailKeys: [], phoneKeys: [], notes: '', addresses: [], website: '' });
  await old.table('accounts').add({ ...meta, id: 'a1', name: 'Sen Vàng', website: 'senvang.vn', searchWords: ['sen', 'vang'], domain: 'senvang.vn', phones: [], notes: '', fromLeadId: null });
  await old.table('opportunities').add({ ...meta, id: 'o1', topic: 'Thép', accountId: 'a1', contactId: 'c1', fromLeadId: 'l1', estimatedValue: 5, closeDate: null });
  await old.table('activities').add({ ...meta, id: 'e1', recordType: 'lead', recordId: 'l1', kind: 'email', occurredAt: 1, subject: 'Hỏi giá', body: 'b', internetMessageId: 'm', conversationId: null, itemId: null, fromAddress: null });
  await old.table('people').add({ ...meta, id: 'p1', name: 'An', email: 'an@x.vn' });
  await old.table('teams').add({ ...meta, id: 't1', name: 'Miền Nam', memberIds: ['p1'] });
  await old.table('editBatches').add({ id: 'b1:0', batchId: 'b1', createdAt: 1, field: 'rating', entries: [] });
  await old.table('customFields').add({ ...meta, id: 'f1', name: 'Ngành', kind: 'text', choices: [], order: 1 });
  await old.table('settings').add({ key: 'language', value: 'vi' });
  old.close();
  return lead;
}

describe('schema v5 upgrade (region index)', () => {
  it('should keep every record of a filled v4 database and index regions saved afterwards', async () => {
    const lead = await fillVersion4();
    const db = new LeadPaneDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);

    // Nothing rewritten: the old lead is exactly as stored, with no region and so not in the index.
    expect(await db.leads.get('l1' as LeadId)).toEqual(lead);
    expect(await db.leads.get('l2' as LeadId)).toMatchObject({ deletedAt: 5 });
    expect(await db.leads.orderBy('region').count()).toBe(0);
    expect(await db.leadScores.get('l1' as LeadId)).toMatchObject({ score: 40, ticks: ['c1'] });
    expect(await db.criteria.get('c1' as never)).toMatchObject({ description: 'Budget', importance: 'high' });
    expect(await db.contacts.get('c1' as never)).toMatchObject({ fullName: 'Lan', accountId: 'a1' });
    expect(await db.accounts.where('domain').equals('senvang.vn').primaryKeys()).toEqual(['a1']);
    expect(await db.opportunities.get('o1' as never)).toMatchObject({ topic: 'Thép', estimatedValue: 5 });
    expect(await db.activities.where('[recordType+recordId]').equals(['lead', 'l1']).count()).toBe(1);
    expect(await db.people.count()).toBe(1);
    expect(await db.teams.get('t1' as never)).toMatchObject({ memberIds: ['p1'] });
    expect(await db.editBatches.where('batchId').equals('b1').count()).toBe(1);
    expect(await db.customFields.count()).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    expect(await db.leads.where('ownerId').equals('p1').primaryKeys()).toEqual(['l1']);

    // A lead saved after the upgrade with a region is found by it; an edit without one leaves the index.
    const repos = createRepositories(db);
    const old = await repos.leads.get('l1' as LeadId);
    const edited = await repos.leads.update(old!.id, { ...leadInputOf(old!), region: 'Hồ Chí Minh' }, old!.rev);
    const created = await repos.leads.create({ ...emptyLeadInput(), fullName: 'Lê Văn Nam', region: 'Hà Nội' });
    expect(await db.leads.where('region').equals('Hồ Chí Minh').primaryKeys()).toEqual([edited.id]);
    expect(await db.leads.where('region').equals('Hà Nội').primaryKeys()).toEqual([created.id]);
    expect(await repos.lookups.usedRegions()).toEqual(['Hà Nội', 'Hồ Chí Minh']);
    await repos.leads.update(created.id, { ...leadInputOf(created), region: '' }, created.rev);
    expect(await db.leads.where('region').equals('Hà Nội').count()).toBe(0);
    db.close();
  });
});
