import Dexie from 'dexie';
import { buildLead, emptyLeadInput } from '../../domain/lead';
import { DEFAULT_LEAD_QUERY } from '../../domain/leadQuery';
import type { Lead, LeadId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { createRepositories } from '../repositories';
import { databaseAtVersion } from './databaseAtVersion';

const NAME = `v11-upgrade-${Math.random()}`;
const RLO = '\u202E';
const ZWSP = '\u200B';

afterAll(async () => {
  await Dexie.delete(NAME);
});

const clean = (id: string, fullName: string, company: string): Lead =>
  buildLead(id as LeadId, { ...emptyLeadInput(), fullName, company, emails: [{ address: `${id}@saomai.vn`, label: 'work' }] }, 1);

describe('schema v11 upgrade (format characters left in stored records)', () => {
  it('should clean the records that kept them, leave the others as they were, and keep opportunities readable', async () => {
    const old = databaseAtVersion(NAME, 10);
    await old.open();
    // As version 10 could hold them: a lead saved before names were cleaned, its display text with a right-to-left override.
    const dirty: Lead = { ...clean('l1', 'Evan Mallory', 'Sao Mai'), fullName: `Mallory, Evan ${RLO}fdp.exe`, company: `Sao${ZWSP} Mai`, fileAs: `Sao${ZWSP} Mai`, notes: `kept ${RLO}`, rev: 4 };
    const untouched = clean('l2', 'Trần Thị Mai', 'Hoàng Phát');
    await old.table('leads').bulkAdd([dirty, untouched]);
    await old.table('contacts').add({ id: 'c1', fullName: `Eve ${RLO}gpj.exe`, jobTitle: '', emails: [], phones: [], accountId: null, fromLeadId: null, searchWords: ['eve', `${RLO}gpj.exe`], emailKeys: [], phoneKeys: [], createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null });
    await old.table('opportunities').add({ id: 'o1', topic: 'Máy in', accountId: 'a1', contactId: 'c1', fromLeadId: 'l1', createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null });
    old.close();

    const db = new LeadPaneDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(11);
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({ fullName: 'Mallory, Evan fdp.exe', company: 'Sao Mai', notes: `kept ${RLO}`, rev: 4 });
    expect((await db.leads.get('l1' as LeadId))?.fileAs).not.toContain(ZWSP);
    expect(await db.leads.get('l2' as LeadId)).toEqual(untouched);
    expect(await db.contacts.get('c1' as never)).toMatchObject({ fullName: 'Eve gpj.exe', searchWords: ['eve', 'gpj.exe'] });
    expect(await db.opportunities.where('accountId').equals('a1').primaryKeys()).toEqual(['o1']);
    expect(db.opportunities.schema.indexes.map((index) => index.name)).toEqual(['accountId']);

    // Found by its cleaned name, and its duplicate key is the clean one a new save would compute.
    const { leads } = createRepositories(db);
    expect(await leads.matchingIds({ ...DEFAULT_LEAD_QUERY, text: 'fdp.exe' })).toEqual(['l1']);
    expect((await db.leads.get('l1' as LeadId))?.dupKey).toBe(clean('x', 'Mallory, Evan fdp.exe', 'Sao Mai').dupKey);
    db.close();
  });
});
