import type { LeadScore } from '../../src/domain/leadScore';
import { DEFAULT_LEAD_QUERY } from '../../src/domain/leadQuery';
import { BUILT_IN_REPORTS } from '../../src/domain/reports/reportDefinition';
import { chipOfGroup, withChip } from '../../src/domain/reports/filterChips';
import type { PersonId, Rating } from '../../src/domain/types';
import { createTranslate } from '../../src/i18n/translate';
import { LeadPaneDb } from '../../src/storage/db';
import { LeadRepository } from '../../src/storage/leadRepository';
import { ReportRepository } from '../../src/storage/reports/reportRepository';
import { FIRST_PAGE_SIZE } from '../../src/ui/leads/useLeadRows';
import { chartPoints, stripDefinition } from '../../src/ui/reports/chartData';
import { generateLeads, putInChunks } from '../generateLeads';
import { median, registerBench, registerRatio, type BenchContext } from '../registry';

/** The figure: 100,000 leads with scores, owners, ratings, regions and sources. */
const LEAD_COUNT = 100_000;
const RUNS = 5;
const RAW = 'reports.raw_scan_100k_ms';
const BY_OWNER_RATING = 'reports.by_owner_rating_100k_ms';
const CHART_BY_REGION = 'reports.chart_by_region_100k_ms';
const FILTER_BY_CHIP = 'reports.filter_by_chip_100k_ms';

const REGIONS = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế', 'Khánh Hòa', 'Lâm Đồng', 'Nghệ An', 'Quảng Ninh', 'Bắc Ninh', 'An Giang'];
const RATINGS: readonly (Rating | null)[] = ['hot', 'warm', 'cold', null];
const OWNERS = Array.from({ length: 20 }, (_, i) => `bench-person-${i}` as PersonId);

let shared: Promise<LeadPaneDb> | null = null;

/** One database for the four cases (writing 100,000 leads is the slow part); the last case deletes it. */
function sharedDb(context: BenchContext): Promise<LeadPaneDb> {
  shared ??= (async () => {
    const db = new LeadPaneDb(context.uniqueDbName('reports'));
    const now = Date.now();
    const leads = generateLeads(LEAD_COUNT, 41, (i) => now - i * 60_000).map((lead, i) => {
      // Every 7th lead unassigned, every 12th without a region, like a real base.
      lead.ownerId = i % 7 === 0 ? null : (OWNERS[i % OWNERS.length] ?? null);
      lead.rating = RATINGS[i % RATINGS.length] ?? null;
      if (i % 12 !== 0) lead.region = REGIONS[(i >> 2) % REGIONS.length];
      if (i % 9 === 0) lead.status = 'qualified';
      if (i % 11 === 0) lead.status = 'disqualified';
      return lead;
    });
    context.log('reports: writing 100,000 leads and their scores…');
    await putInChunks(db.leads, leads);
    const scores = leads.map((lead, i): LeadScore => {
      const score = (i * 13) % 101;
      return { leadId: lead.id, ticks: [], mode: 'automatic', manualStars: null, computedScore: score, computedStars: Math.round(score / 20), score, stars: Math.round(score / 20), criteriaVersion: 1, updatedAt: now };
    });
    await putInChunks(db.leadScores, scores);
    return db;
  })();
  return shared;
}

async function medianOf(work: () => Promise<unknown>): Promise<{ value: number; runs: number }> {
  await work(); // the first run warms IndexedDB's caches; not what the figure is about
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { value: median(times), runs: times.length };
}

/** The floor: a bare Dexie `toArray()` of every lead record, in the same page and database. */
registerBench({
  name: RAW,
  unit: 'ms',
  async run(context) {
    const db = await sharedDb(context);
    const result = await medianOf(() => db.leads.toArray());
    context.log(`${RAW}: ${result.value.toFixed(0)} ms`);
    return result;
  },
});

/** Business Contact Manager's "Leads by Assigned To and Rating", from nothing to its rows. */
registerBench({
  name: BY_OWNER_RATING,
  unit: 'ms',
  async run(context) {
    const db = await sharedDb(context);
    const reports = new ReportRepository(db, new LeadRepository(db));
    let groups = 0;
    const result = await medianOf(async () => {
      groups = (await reports.run(BUILT_IN_REPORTS.byOwnerRating)).rows.length;
    });
    context.log(`${BY_OWNER_RATING}: ${result.value.toFixed(0)} ms (${groups} owners)`);
    return result;
  },
});

/** The chart strip's "by city / region" bars over the default list: report run and chart points. */
registerBench({
  name: CHART_BY_REGION,
  unit: 'ms',
  async run(context) {
    const db = await sharedDb(context);
    const reports = new ReportRepository(db, new LeadRepository(db));
    const t = createTranslate('vi');
    const result = await medianOf(async () => {
      const output = await reports.run(stripDefinition('region', {}));
      chartPoints(output, output.names, t, 'vi');
    });
    context.log(`${CHART_BY_REGION}: ${result.value.toFixed(0)} ms`);
    return result;
  },
});

/** A click on the "Hà Nội" bar: the list's first page and count with that chip. */
registerBench({
  name: FILTER_BY_CHIP,
  unit: 'ms',
  async run(context) {
    const db = await sharedDb(context);
    try {
      const leads = new LeadRepository(db);
      const filters = withChip({}, chipOfGroup({ dimension: 'region', key: 'Hà Nội' }));
      let total = 0;
      const result = await medianOf(async () => {
        total = (await leads.firstPage({ ...DEFAULT_LEAD_QUERY, filters }, FIRST_PAGE_SIZE)).total;
      });
      // An empty page would time nothing but the look-ups: the chip must match leads.
      if (total === 0) throw new Error(`${FILTER_BY_CHIP}: no lead in Hà Nội`);
      context.log(`${FILTER_BY_CHIP}: ${result.value.toFixed(0)} ms (${total} leads in Hà Nội)`);
      return result;
    } finally {
      // The last case that reads the shared database (the ratios after it read figures only).
      await db.delete();
      shared = null;
    }
  },
});

for (const name of [BY_OWNER_RATING, CHART_BY_REGION, FILTER_BY_CHIP]) registerRatio(`${name.replace(/_ms$/, '')}_vs_raw_scan_ratio`, name, RAW);
