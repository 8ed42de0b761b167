import Dexie from 'dexie';
import { buildLead, emptyLeadInput, leadInputOf } from '../../domain/lead';
import { formDraftKey } from '../../domain/form-drafts/formDraft';
import type { LeadId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { createRepositories } from '../repositories';
import { databaseAtVersion } from './databaseAtVersion';

const NAME = `v10-upgrade-${Math.random()}`;

afterAll(async () => {
  await Dexie.delete(NAME);
});

describe('schema v10 upgrade (form drafts)', () => {
  it('should keep every v9 row as it was and open an empty formDrafts table', async () => {
    const old = databaseAtVersion(NAME, 9);
    await old.open();
    const lead = buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Văn Bình', company: 'Hoàng Phát', phones: [{ number: '0903 123 456', kind: 'mobile' }] }, 1);
    await old.table('leads').add(lead);
    await old.table('activities').add({ id: 'a1', recordType: 'lead', recordId: 'l1', kind: 'note', subject: 'Gọi lại', occurredAt: 5 });
    await old.table('leadScores').add({ leadId: 'l1', ticks: [], mode: 'automatic', manualStars: null, computedScore: 10, computedStars: 1, score: 10, stars: 1, criteriaVersion: 1, updatedAt: 1 });
    await old.table('settings').add({ key: 'language', value: 'vi' });
    old.close();

    const db = new LeadPaneDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    expect(await db.leads.get('l1' as LeadId)).toEqual(lead);
    expect(await db.table('activities').get('a1')).toMatchObject({ subject: 'Gọi lại' });
    expect(await db.leadScores.get('l1' as LeadId)).toMatchObject({ score: 10 });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });
    expect(await db.formDrafts.count()).toBe(0);

    // The upgraded database finds the lead as before and keeps a draft of its form.
    const { leads, formDrafts } = createRepositories(db);
    expect(await leads.matchingIds({ text: '0903', sort: 'fileAs', filters: {} })).toEqual(['l1']);
    const key = formDraftKey({ kind: 'lead', leadId: lead.id });
    const draft = { key, leadId: lead.id, baseRev: lead.rev, base: leadInputOf(lead), input: { ...leadInputOf(lead), notes: 'Hẹn gặp' }, updatedAt: 9 };
    await formDrafts.put(draft);
    expect(await formDrafts.get(key)).toEqual(draft);
    db.close();
  });
});
