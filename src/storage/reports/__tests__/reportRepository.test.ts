import { buildLead, emptyLeadInput, type LeadInput } from '../../../domain/lead';
import { matchesIndexedFilters, type LeadFilters } from '../../../domain/leadQuery';
import { buildReport, columnValue, factsFromLeads, type ReportResult, type ReportRow } from '../../../domain/reports/buildReport';
import { BUILT_IN_REPORTS, BUILT_IN_REPORT_IDS, type ReportDefinition } from '../../../domain/reports/reportDefinition';
import { monthKey } from '../../../domain/reports/reportMonths';
import type { Lead, LeadId, LeadStatus, MarketingListId, OpportunityId, PersonId, Rating, TeamId } from '../../../domain/types';
import { LeadPaneDb } from '../../db';
import { ValidationError } from '../../errors';
import { LeadRepository } from '../../leadRepository';
import { createRepositories, type Repositories } from '../../repositories';
import { databaseAtVersion } from '../../__tests__/databaseAtVersion';

let db: LeadPaneDb;
let repos: Repositories;
let counter = 0;
const meta = { createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };

const REGIONS = ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', ''];
const RATINGS: (Rating | null)[] = ['hot', 'warm', 'cold', null];
const SOURCES = ['web', 'email', ''];
const STATUSES: LeadStatus[] = ['open', 'open', 'qualified', 'disqualified'];

/** 40 leads spread over every value (and "none") of every dimension, two months, some deleted. */
function sampleLeads(): Lead[] {
  return Array.from({ length: 40 }, (_, i) => {
    const input: LeadInput = {
      ...emptyLeadInput(), fullName: `Lead ${i}`, region: REGIONS[i % 4]!, rating: RATINGS[(i >> 1) % 4]!, source: SOURCES[i % 3]!,
      ownerId: i % 5 === 0 ? null : (`p${i % 2}` as PersonId),
    };
    const lead = buildLead(`l${i}` as LeadId, input, new Date(2026, i % 2, 10 + (i % 7)).getTime());
    return { ...lead, status: STATUSES[Math.floor(i / 3) % 4]!, teamId: i % 10 === 0 ? ('t1' as TeamId) : null, ...(i === 39 ? { deletedAt: 9, sortCreated: undefined } : {}) };
  });
}

const scoreOf = (i: number) => (i % 3 === 0 ? null : (i * 7) % 101);

beforeEach(async () => {
  db = new LeadPaneDb(`test-reports-${counter++}`);
  await db.open();
  repos = createRepositories(db);
  const leads = sampleLeads();
  await db.leads.bulkAdd(leads);
  await db.leadScores.bulkAdd(
    leads.flatMap((l, i) => (scoreOf(i) === null ? [] : [{ leadId: l.id, ticks: [], mode: 'automatic' as const, manualStars: null, computedScore: null, computedStars: null, score: scoreOf(i), stars: null, criteriaVersion: 1, updatedAt: 1 }])),
  );
  await db.people.bulkAdd([{ ...meta, id: 'p0' as PersonId, name: 'Trần Bình', email: 'b@x.vn' }, { ...meta, id: 'p1' as PersonId, name: 'Lê An', email: 'a@x.vn' }]);
  await db.teams.add({ ...meta, id: 't1' as TeamId, name: 'Miền Nam', memberIds: [] });
  await db.opportunities.bulkAdd([
    { ...meta, id: 'o1' as OpportunityId, topic: 'x', accountId: null, contactId: null, fromLeadId: 'l2' as LeadId, estimatedValue: 1000, closeDate: null },
    { ...meta, id: 'o2' as OpportunityId, topic: 'y', accountId: null, contactId: null, fromLeadId: 'l2' as LeadId, estimatedValue: 500, closeDate: null },
  ]);
  await db.listMembers.bulkAdd(['l1', 'l2', 'l7'].map((memberId) => ({ id: `m-${memberId}`, listId: 'm1' as MarketingListId, memberId, memberType: 'lead' as const, addedAt: 1 })));
});

afterEach(async () => {
  await db.delete();
});

/** A report's rows as shown: keys and the values of its columns only (other figures are not read). */
function shown(result: ReportResult, definition: ReportDefinition): unknown {
  const row = (r: ReportRow): unknown => [r.key, definition.columns.map((c) => columnValue(c, r.figures, result.total)), r.children.map(row)];
  return result.rows.map(row);
}

/** What the reports should see: live leads as records, and the same facts built from them. */
async function expectedFacts() {
  const leads = (await db.leads.toArray()).filter((l) => !l.deletedAt);
  const scores = new Map((await db.leadScores.toArray()).filter((s) => s.score !== null).map((s) => [s.leadId as string, s.score!]));
  return { leads, scores, facts: factsFromLeads(leads, scores, new Map([['l2', 1500]]), monthKey) };
}

describe('index narrowing holds the domain rule', () => {
  it.each<[string, LeadFilters]>([
    ['a region', { regions: ['Hà Nội'] }],
    ['two regions', { regions: ['Hà Nội', 'Đà Nẵng'] }],
    ['no region', { regions: [''] }],
    ['a rating and no rating', { ratings: ['hot', ''] }],
    ['no source', { sources: [''] }],
    ['a source and a status', { sources: ['web'], statuses: ['qualified'] }],
    ['a score range', { score: { min: 20, max: 60 } }],
    ['a score range holding 0', { score: { max: 30 } }],
    ['an empty score range', { score: { min: 50, max: 40 } }],
    ['created in February', { created: { min: new Date(2026, 1, 1).getTime() } }],
    ['a marketing list', { marketingListId: 'm1' as MarketingListId }],
    ['region, rating and score together', { regions: ['Hồ Chí Minh'], ratings: ['warm'], score: { min: 1 } }],
  ])('%s', async (_what, filters) => {
    const { leads, scores } = await expectedFacts();
    const members = new Set(['l1', 'l2', 'l7']);
    const expected = leads
      .filter((l) => matchesIndexedFilters(filters, { ...l, score: scores.get(l.id) ?? null, listIds: members.has(l.id) ? ['m1'] : [] }))
      .map((l) => l.id)
      .sort();
    const ids = await repos.leads.matchingIds({ text: '', sort: 'created', filters: { ...filters, includeDisqualified: true } });
    expect([...ids].sort()).toEqual(expected);
  });

  it('should show the list\'s first page of a chip from the same narrowing', async () => {
    const query = { text: '', sort: 'fileAs' as const, filters: { regions: ['Hà Nội'] } };
    const page = await new LeadRepository(db).firstPage(query, 5);
    const ids = await repos.leads.matchingIds(query);
    expect(page.total).toBe(ids.length);
    expect(page.leads.map((l) => l.id)).toEqual(ids.slice(0, 5));
    expect(page.leads.every((l) => l.region === 'Hà Nội' && l.status !== 'disqualified')).toBe(true);
  });

  it.each<[string, LeadFilters]>([
    ['a region (a deleted lead has one too)', { regions: ['Hồ Chí Minh'] }],
    ['two regions and a rating', { regions: ['Hà Nội', 'Đà Nẵng'], ratings: ['hot'] }],
    ['a person', { assignee: { type: 'person', id: 'p1' as PersonId } }],
    ['a team and disqualified included', { assignee: { type: 'team', id: 't1' as TeamId }, includeDisqualified: true }],
    ['a status list naming disqualified', { statuses: ['disqualified', 'open'] }],
    ['a source and a score range', { sources: ['web'], score: { min: 30 } }],
    ['"no region" (no candidate list: the full path)', { regions: [''] }],
  ])('should give the first page and count of %s as matchingIds orders them', async (_, filters) => {
    // A deleted lead keeps its fields (and so its region index entry) but no sort keys.
    await db.leads.update('l39' as LeadId, { region: 'Hồ Chí Minh', sortName: undefined, sortCompany: undefined });
    for (const sort of ['fileAs', 'company', 'created'] as const) {
      const query = { text: '', sort, filters };
      const ids = await repos.leads.matchingIds(query);
      for (const limit of [1, 3, 100]) {
        const page = await repos.leads.firstPage(query, limit);
        expect([page.total, page.leads.map((l) => l.id)]).toEqual([ids.length, ids.slice(0, limit)]);
      }
    }
  });
});

describe('a status chip', () => {
  it.each<[LeadFilters, LeadStatus[]]>([
    [{ statuses: ['disqualified'] }, ['disqualified']],
    [{ statuses: ['open', 'disqualified'] }, ['open', 'disqualified']],
    [{ statuses: ['qualified'] }, ['qualified']],
  ])('should list the leads of %j (disqualified ones when the chip names them)', async (filters, statuses) => {
    const { leads } = await expectedFacts();
    const ids = await repos.leads.matchingIds({ text: '', sort: 'created', filters });
    expect(new Set(ids)).toEqual(new Set(leads.filter((l) => statuses.includes(l.status)).map((l) => l.id)));
  });
});

describe('reports from index keys', () => {
  it.each(BUILT_IN_REPORT_IDS)('%s gives what the records give', async (id) => {
    const { facts } = await expectedFacts();
    const names = await repos.reports.names();
    const report = await repos.reports.run(BUILT_IN_REPORTS[id]);
    const expected = buildReport(BUILT_IN_REPORTS[id], facts, names);
    expect(shown(report, BUILT_IN_REPORTS[id])).toEqual(shown(expected, BUILT_IN_REPORTS[id]));
    expect(report.total.count).toBe(39);
  });

  it('should apply a report\'s filters and still count disqualified leads', async () => {
    const definition: ReportDefinition = { ...BUILT_IN_REPORTS.byStatus, filters: { regions: ['Đà Nẵng'] } };
    const report = await repos.reports.run(definition);
    const { leads } = await expectedFacts();
    const inRegion = leads.filter((l) => l.region === 'Đà Nẵng');
    expect(report.rows.map((r) => [r.key, r.figures.count])).toEqual(
      (['open', 'qualified', 'disqualified'] as const).map((s) => [s, inRegion.filter((l) => l.status === s).length]),
    );
    expect(report.rows.find((r) => r.key === 'disqualified')?.figures.count).toBeGreaterThan(0);
    expect(report.total.count).toBe(inRegion.length);
  });

  it('should name owners from people and teams', async () => {
    const report = await repos.reports.run(BUILT_IN_REPORTS.byOwner);
    expect(report.rows.map((r) => report.names.get(r.key) ?? '(none)')).toEqual(['Lê An', 'Miền Nam', 'Trần Bình', '(none)']);
  });
});

describe('saved reports', () => {
  it('should save as, list, reopen, rename, duplicate and delete', async () => {
    const definition: ReportDefinition = { ...BUILT_IN_REPORTS.byRegion, filters: { ratings: ['hot'] } };
    const saved = await repos.savedReports.saveAs('  Khách nóng  ', definition);
    expect(saved.name).toBe('Khách nóng');
    expect((await repos.savedReports.get(saved.id))?.definition).toEqual(definition);
    await expect(repos.savedReports.saveAs('khach nong', definition)).rejects.toBeInstanceOf(ValidationError);
    await expect(repos.savedReports.saveAs('', definition)).rejects.toMatchObject({ errors: [{ field: 'name', code: 'required' }] });

    const renamed = await repos.savedReports.rename(saved.id, 'Hot by region');
    expect(renamed).toMatchObject({ name: 'Hot by region', rev: 2 });
    const copy = await repos.savedReports.duplicate(saved.id);
    expect(copy.name).toBe('Hot by region (2)');
    await repos.savedReports.update(copy.id, { ...definition, sort: { by: 'count', direction: 'desc' } });
    expect((await repos.savedReports.get(copy.id))?.definition?.sort).toEqual({ by: 'count', direction: 'desc' });
    expect((await repos.savedReports.list()).map((r) => r.name)).toEqual(['Hot by region', 'Hot by region (2)']);

    await repos.savedReports.remove(saved.id);
    expect((await repos.savedReports.list()).map((r) => r.name)).toEqual(['Hot by region (2)']);
  });

  it('should list a stored definition it cannot read without running it', async () => {
    await db.savedReports.add({ ...meta, id: 'bad', name: 'Từ bản khác', definition: '{"basedOn":"byPlanet"}' });
    await db.savedReports.add({ ...meta, id: 'broken', name: 'Hỏng', definition: '{' });
    const list = await repos.savedReports.list();
    expect(list.map((r) => [r.name, r.definition])).toEqual([['Hỏng', null], ['Từ bản khác', null]]);
    await expect(repos.savedReports.duplicate('bad')).rejects.toThrow(/not found/);
  });
});

describe('schema v8 upgrade (rating and source indexes)', () => {
  it('should keep a filled v7 database and index its ratings and sources', async () => {
    const name = `v8-upgrade-${counter++}`;
    const old = databaseAtVersion(name, 7);
    await old.open();
    const leads = sampleLeads().slice(0, 8);
    await old.table('leads').bulkAdd(leads);
    await old.table('savedReports').add({ ...meta, id: 's1', name: 'Mine', definition: JSON.stringify(BUILT_IN_REPORTS.byOwner) });
    old.close();

    const upgraded = new LeadPaneDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(8);
    expect(await upgraded.leads.toArray()).toEqual(leads);
    expect((await upgraded.leads.where('rating').equals('hot').primaryKeys()).sort()).toEqual(leads.filter((l) => l.rating === 'hot').map((l) => l.id).sort());
    expect((await upgraded.leads.where('source').equals('web').primaryKeys()).sort()).toEqual(leads.filter((l) => l.source === 'web').map((l) => l.id).sort());
    expect((await createRepositories(upgraded).savedReports.list()).map((r) => r.definition)).toEqual([BUILT_IN_REPORTS.byOwner]);
    await upgraded.delete();
  });
});
