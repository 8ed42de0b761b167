import Dexie from 'dexie';
import { buildLead, emptyLeadInput } from '../../domain/lead';
import { DEFAULT_LEAD_QUERY } from '../../domain/leadQuery';
import type { Lead, LeadId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { createRepositories } from '../repositories';
import { databaseAtVersion } from './databaseAtVersion';

const NAME = `v9-upgrade-${Math.random()}`;

afterAll(async () => {
  await Dexie.delete(NAME);
});

/** A lead as version 8 stored it: every key of its time, and no find words. */
function version8Lead(id: string, extra: Partial<Lead> = {}): Lead {
  const { findWords: _new, ...lead } = buildLead(id as LeadId, {
    ...emptyLeadInput(), fullName: 'Phạm Minh Tuấn', company: 'Sao Việt', jobTitle: 'Kỹ sư', region: 'Đà Nẵng',
    emails: [{ address: 'tuan@saoviet.vn', label: 'work' }], phones: [{ number: '0905 777 888', kind: 'mobile' }],
    addresses: [{ text: '5 Bạch Đằng, Hải Châu', label: 'work', forMail: true }],
  }, 1);
  return { ...lead, ...extra };
}

describe('schema v9 upgrade (find words)', () => {
  it('should give every live lead of a v8 database its find words and change nothing else', async () => {
    const old = databaseAtVersion(NAME, 8);
    await old.open();
    const live = version8Lead('l1');
    // Written by other code: no addresses array, no job title.
    const { addresses: _a, jobTitle: _j, ...partial } = version8Lead('l2', { fullName: 'Võ Thị Sáu' });
    const deleted = { ...version8Lead('l3'), deletedAt: 9, searchWords: [], emailKeys: [], phoneKeys: [] };
    await old.table('leads').bulkAdd([live, partial, deleted]);
    await old.table('leadScores').add({ leadId: 'l1', ticks: [], mode: 'automatic', manualStars: null, computedScore: 10, computedStars: 1, score: 10, stars: 1, criteriaVersion: 1, updatedAt: 1 });
    await old.table('settings').add({ key: 'language', value: 'vi' });
    old.close();

    const db = new LeadPaneDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    const upgraded = await db.leads.get('l1' as LeadId);
    expect(upgraded).toEqual({ ...live, findWords: expect.arrayContaining(['ky', 'su', 'da', 'nang', 'bach', 'dang', 'saoviet', '0905777888', '777888']) });
    expect(await db.leads.get('l2' as LeadId)).toEqual({ ...partial, findWords: expect.arrayContaining(['saoviet', '0905777888']) });
    expect(await db.leads.get('l3' as LeadId)).toEqual(deleted);
    expect(await db.leadScores.get('l1' as LeadId)).toMatchObject({ score: 10 });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'vi' });

    const { leads } = createRepositories(db);
    const find = (text: string) => leads.matchingIds({ ...DEFAULT_LEAD_QUERY, text });
    expect(new Set(await find('0905'))).toEqual(new Set(['l1', 'l2']));
    expect(await find('hai chau')).toEqual(['l1']);
    db.close();
  });
});
