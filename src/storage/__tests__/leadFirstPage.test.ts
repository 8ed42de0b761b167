import { liveQuery } from 'dexie';
import { buildLead, emptyLeadInput, softDeleted } from '../../domain/lead';
import type { LeadFilters, LeadQuery, LeadSort } from '../../domain/leadQuery';
import type { Lead, LeadId, LeadStatus, PersonId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { LeadRepository, QUERY_LIMITS, type QueryLimits } from '../leadRepository';

/**
 * The list's first page is read without every matching id (issue #15), so it must agree with
 * `matchingIds`, the list's full answer: the same first rows in the same order, and the same
 * total (or, where the page says its total is an estimate, one the full answer replaces).
 */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'];
const GIVEN = ['An', 'Bình', 'Hà', 'Hương', 'Thảo', 'Việt', 'Smith', 'Jennifer'];
const REGIONS = ['Hà Nội', 'Huế', 'Đà Nẵng', ''];

/** `count` leads over names, companies, regions and owners; the first names in file-as order are disqualified. */
function sampleLeads(count: number, deletedEvery: number): Lead[] {
  return Array.from({ length: count }, (_, i) => {
    const fullName = i < 40 ? `Aa Disq ${i}` : `${FAMILY[i % FAMILY.length]} ${GIVEN[(i >> 1) % GIVEN.length]} ${i}`;
    const lead = buildLead(`l${String(i).padStart(5, '0')}` as LeadId, {
      ...emptyLeadInput(), fullName, company: `${i % 3 ? 'Hoàng Phát' : 'Northwind'} ${i % 50}`, region: REGIONS[i % REGIONS.length]!,
      emails: [{ address: `lead${i}@example${i % 7}.com`, label: 'work' }], ownerId: i % 5 ? (`p${i % 2}` as PersonId) : null,
    }, 1_000_000 + i * 1000);
    const status: LeadStatus = i < 40 || i % 9 === 0 ? 'disqualified' : i % 4 === 0 ? 'qualified' : 'open';
    const stored = { ...lead, status };
    return deletedEvery && i % deletedEvery === 1 ? softDeleted(stored, 2_000_000) : stored;
  });
}

const SORTS: readonly LeadSort[] = ['fileAs', 'company', 'created'];

let counter = 0;
/** The shipped sizes, and small ones so that a few hundred leads reach every path. */
const LIMITS: ReadonlyArray<[string, QueryLimits]> = [
  ['shipped limits', QUERY_LIMITS],
  ['small limits', { searchSortLimit: 40, fewMatches: 10, window: 7 }],
];

async function withLeads(leads: Lead[], check: (repository: LeadRepository) => Promise<void>, limits: QueryLimits = QUERY_LIMITS): Promise<void> {
  const db = new LeadPaneDb(`first-page-${counter++}`);
  await db.open();
  await db.leads.bulkAdd(leads);
  try {
    await check(new LeadRepository(db, Date.now, limits));
  } finally {
    await db.delete();
  }
}

async function expectPageOfMatches(repository: LeadRepository, query: LeadQuery, limits: readonly number[] = [1, 25, 60]): Promise<void> {
  const ids = await repository.matchingIds(query);
  for (const limit of limits) {
    const page = await repository.firstPage(query, limit);
    // An estimate is a count of index entries scaled by what the page read: at least the page, and of the right size.
    const total = page.estimated && page.total >= Math.min(limit, ids.length) && page.total <= ids.length * 4 && page.total * 4 >= ids.length ? ids.length : page.total;
    const shown = { query, limit, total, ids: page.leads.map((l) => l.id) };
    expect(shown).toEqual({ query, limit, total: ids.length, ids: ids.slice(0, limit) });
  }
}

describe('the first page agrees with the matching ids', () => {
  it.each<[string, number, number]>([
    ['no lead deleted', 300, 0],
    ['a few deleted, some of them disqualified', 300, 7],
    ['a recycle bin larger than the one read whole', 1300, 2],
  ])('the default view, every sort (%s)', async (_what, count, deletedEvery) => {
    await withLeads(sampleLeads(count, deletedEvery), async (repository) => {
      for (const sort of SORTS) {
        for (const filters of [{}, { includeDisqualified: true }] as LeadFilters[]) {
          await expectPageOfMatches(repository, { text: '', sort, filters });
          const query = { text: '', sort, filters };
          expect(new Set(await repository.matchingIdsInAnyOrder(query))).toEqual(new Set(await repository.matchingIds(query)));
        }
      }
    });
  });
});

describe.each(LIMITS)('a chip or field filter (%s)', (_what, limits) => {
  it.each<[string, LeadFilters]>([
    ['a region', { regions: ['Hà Nội'] }],
    ['two regions', { regions: ['Hà Nội', 'Huế'] }],
    ['no region (no candidate list)', { regions: [''] }],
    ['a region and a person', { regions: ['Đà Nẵng'], assignee: { type: 'person', id: 'p1' as PersonId } }],
    ['a person', { assignee: { type: 'person', id: 'p0' as PersonId } }],
    ['a status list naming disqualified', { statuses: ['disqualified', 'open'] }],
    ['a status and a region', { statuses: ['qualified'], regions: ['Huế', 'Hà Nội'] }],
    ['a region, disqualified included', { regions: ['Huế'], includeDisqualified: true }],
    ['a region nobody is in', { regions: ['Cần Thơ'] }],
    ['created from a date (a range: no candidate list)', { created: { min: 1_100_000 } }],
    ['unassigned', { assignee: { type: 'unassigned' } }],
  ])('%s', async (_, filters) => {
    await withLeads(sampleLeads(300, 7), async (repository) => {
      for (const sort of SORTS) await expectPageOfMatches(repository, { text: '', sort, filters });
      // Reports count the same leads, read in any order.
      const query = { text: '', sort: 'created' as const, filters };
      expect(new Set(await repository.matchingIdsInAnyOrder(query))).toEqual(new Set(await repository.matchingIds(query)));
    }, limits);
  });
});

describe.each(LIMITS)('a search (%s)', (_what, limits) => {
  it.each<[string, LeadFilters]>([
    ['nguy', {}],
    ['h', {}],
    ['hoang', {}],
    ['hoang phat', {}],
    ['northwind 4', {}],
    ['lead12', {}],
    ['example3', {}],
    ['an', { status: 'open' }],
    ['tran', { status: 'disqualified' }],
    ['zzz', {}],
    ['jennifer smith', {}],
  ])('%s %j', async (text, filters) => {
    await withLeads(sampleLeads(300, 7), async (repository) => {
      for (const sort of SORTS) await expectPageOfMatches(repository, { text, sort, filters });
    }, limits);
  });
});


describe('live queries follow a change', () => {
  it.each<[string, LeadFilters]>([
    ['every lead', {}],
    ['a region', { regions: ['Huế'] }],
  ])('a report over %s counts a lead added after it first ran', async (_what, filters) => {
    await withLeads(sampleLeads(60, 0), async (repository) => {
      const db = (repository as unknown as { db: LeadPaneDb }).db;
      const query = { text: '', sort: 'created' as const, filters: { ...filters, includeDisqualified: true } };
      const before = (await repository.matchingIdsInAnyOrder(query)).length;
      const counts: number[] = [];
      const seen = new Promise<void>((resolve) => {
        const subscription = liveQuery(() => repository.matchingIdsInAnyOrder(query)).subscribe((ids) => {
          counts.push(ids.length);
          if (ids.length === before + 1) {
            subscription.unsubscribe();
            resolve();
          }
          if (counts.length === 1) void db.leads.add(buildLead('added' as LeadId, { ...emptyLeadInput(), fullName: 'Mới Thêm', region: 'Huế' }, 5_000_000));
        });
      });
      await seen;
      expect(counts).toEqual([before, before + 1]);
    });
  });
});
