import { buildLead, emptyLeadInput } from '../../domain/lead';
import type { LeadId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import type { AssigneeFilter } from '../../domain/assignment/assignee';
import { createRepositories } from '../repositories';
import { databaseAtVersion } from './databaseAtVersion';

const meta = { createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };

describe('schema v4 upgrade', () => {
  it('keeps every record of a v1 database and defaults the new fields', async () => {
    const name = `v4-upgrade-${Math.random()}`;
    const old = databaseAtVersion(name, 1);
    await old.open();
    const lead = buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Thị Mai', ownerId: 'p1' as never }, 1);
    await old.table('leads').add(lead);
    await old.table('leads').add({ ...buildLead('l2' as LeadId, { ...emptyLeadInput(), fullName: 'Gone' }, 1), deletedAt: 5 });
    await old.table('contacts').add({ ...meta, id: 'c1', fullName: 'Lan', jobTitle: '', emails: [], phones: [], accountId: 'a1', fromLeadId: null, searchWords: ['lan'], emailKeys: [], phoneKeys: [] });
    await old.table('accounts').add({ ...meta, id: 'a1', name: 'Contoso', website: 'https://www.contoso.com', searchWords: ['contoso'] });
    await old.table('opportunities').add({ ...meta, id: 'o1', topic: 'Steel', accountId: 'a1', contactId: 'c1', fromLeadId: null, estimatedValue: 5, closeDate: null });
    await old.table('activities').add({ ...meta, id: 'e1', recordType: 'lead', recordId: 'l1', kind: 'email', occurredAt: 1, subject: 's', body: 'b', internetMessageId: 'm', conversationId: null, itemId: null, fromAddress: null });
    await old.table('people').add({ ...meta, id: 'p1', name: 'An', email: 'an@x.vn' });
    await old.table('teams').add({ ...meta, id: 't1', name: 'South', memberIds: ['p1'] });
    await old.table('marketingLists').add({ ...meta, id: 'm1', name: 'Fair 2026' });
    await old.table('listMembers').add({ id: 'm1|l1', listId: 'm1', memberId: 'l1', memberType: 'lead', addedAt: 1 });
    await old.table('settings').add({ key: 'language', value: 'vi' });
    old.close();

    const db = new LeadPaneDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({ id: 'l1', fullName: 'Trần Thị Mai', ownerId: 'p1', status: 'open', searchWords: lead.searchWords });
    expect(await db.contacts.get('c1' as never)).toMatchObject({ fullName: 'Lan', accountId: 'a1', notes: '', addresses: [], website: '' });
    expect(await db.accounts.get('a1' as never)).toMatchObject({ name: 'Contoso', domain: 'contoso.com', phones: [], notes: '', fromLeadId: null });
    expect(await db.opportunities.get('o1' as never)).toMatchObject({ topic: 'Steel', estimatedValue: 5, productsOfInterest: '', notes: '' });
    expect(await db.activities.get('e1' as never)).toMatchObject({ subject: 's', internetMessageId: 'm' });
    expect(await db.people.count()).toBe(1);
    expect(await db.teams.get('t1' as never)).toMatchObject({ memberIds: ['p1'] });
    expect(await db.listMembers.get('m1|l1')).toMatchObject({ listId: 'm1' });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    expect(await db.editBatches.count()).toBe(0);

    // The new indexes work on old records: l1 is found by its owner, the deleted one is excluded.
    const repos = createRepositories(db);
    const ids = (assignee: AssigneeFilter) => repos.leads.matchingIds({ text: '', sort: 'created', filters: { assignee } });
    expect(await ids({ type: 'person', id: 'p1' as never })).toEqual(['l1']);
    expect(await ids({ type: 'me' })).toEqual([]);
    expect(await ids({ type: 'any' })).toEqual(['l1']);
    expect(await repos.workflow.conversion.findDuplicates('l1' as LeadId)).toEqual({ contacts: [], accounts: [] });
    db.close();
  });
});
