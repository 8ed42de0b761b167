import { emptyActivityInput } from '../../src/domain/activity';
import { newId } from '../../src/domain/ids';
import { buildLead, type LeadInput } from '../../src/domain/lead';
import { DEFAULT_LEAD_QUERY, type LeadQuery } from '../../src/domain/leadQuery';
import type { Lead, LeadId } from '../../src/domain/types';
import { ActivityRepository } from '../../src/storage/activityRepository';
import { LeadPaneDb } from '../../src/storage/db';
import { BULK_CHUNK_SIZE, LeadRepository } from '../../src/storage/leadRepository';
import { generateLeadInputs } from '../generateLeads';
import { median, registerBench, timed, type BenchContext } from '../registry';

/** The base the issue asks the list, search and duplicate check to stay fast on. */
const LEAD_COUNT = 100_000;
const FIRST_PAGE = 60;
const RUNS = 15;
/** Prefixes a user types, Vietnamese without diacritics, English, company and email. */
const SEARCHES = ['nguy', 'tran', 'dang', 'huong', 'smith', 'jen', 'hoang phat', 'northwind 4', 'lead123', 'thao', 'viet', 'garcia'];

type Shared = { db: LeadPaneDb; leads: LeadRepository; activities: ActivityRepository; sample: Lead[] };
let shared: Promise<Shared> | null = null;

/**
 * One 100,000-lead database for the four cases of this file (they run in one page): built
 * once with chunked bulkAdd of prebuilt records, so generation does not dominate the run.
 */
function sharedBase(context: BenchContext): Promise<Shared> {
  shared ??= (async () => {
    const db = new LeadPaneDb(context.uniqueDbName('leads-record-100k'));
    await db.open();
    const now = Date.now();
    const inputs = generateLeadInputs(LEAD_COUNT, 42);
    const started = performance.now();
    const sample: Lead[] = [];
    for (let start = 0; start < inputs.length; start += BULK_CHUNK_SIZE) {
      // Distinct creation times so "newest first" has a real order.
      const chunk = inputs.slice(start, start + BULK_CHUNK_SIZE).map((input, i) => buildLead(newId<LeadId>(), input, now - (start + i)));
      await db.transaction('rw', db.leads, () => db.leads.bulkAdd(chunk));
      if (start % 20_000 === 0) context.log(`leads-record: ${start + chunk.length} of ${LEAD_COUNT} leads written`);
      sample.push(chunk[0]!, chunk[Math.floor(chunk.length / 2)]!);
    }
    context.log(`leads-record: 100k leads in ${Math.round(performance.now() - started)} ms`);
    const leads = new LeadRepository(db);
    const activities = new ActivityRepository(db);
    // Opened records carry a little history, as real ones do.
    for (const lead of sample.slice(0, RUNS + 2)) {
      for (const kind of ['note', 'phone', 'task'] as const) await activities.add(lead.id, { ...emptyActivityInput(kind, now), subject: `${kind} ${lead.fullName}` });
    }
    return { db, leads, activities, sample };
  })();
  return shared;
}

registerBench({
  name: 'leads.search_100k_ms',
  unit: 'ms',
  async run(context) {
    const { leads } = await sharedBase(context);
    const query = (text: string): LeadQuery => ({ ...DEFAULT_LEAD_QUERY, text });
    await leads.firstPage(query('warm'), FIRST_PAGE);
    // What the list waits for before it paints: the matching ids and the first page of records.
    const times: number[] = [];
    for (const text of SEARCHES) times.push(await timed(() => leads.firstPage(query(text), FIRST_PAGE)));
    return { value: median(times), runs: times.length };
  },
});

registerBench({
  name: 'leads.list_first_page_100k_ms',
  unit: 'ms',
  async run(context) {
    const { leads } = await sharedBase(context);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const sort = (['fileAs', 'company', 'created'] as const)[i % 3]!;
      times.push(await timed(() => leads.firstPage({ ...DEFAULT_LEAD_QUERY, sort }, FIRST_PAGE)));
    }
    return { value: median(times), runs: times.length };
  },
});

registerBench({
  name: 'leads.open_record_ms',
  unit: 'ms',
  async run(context) {
    const { leads, activities, sample } = await sharedBase(context);
    const times: number[] = [];
    // Everything the record view reads: the lead, its history and its photo.
    for (const lead of sample.slice(0, RUNS)) {
      times.push(await timed(() => Promise.all([leads.getAny(lead.id), activities.historyOf(lead.id), leads.photoOf(lead.id)])));
    }
    return { value: median(times), runs: times.length };
  },
});

registerBench({
  name: 'leads.duplicate_check_100k_ms',
  unit: 'ms',
  async run(context) {
    const { db, leads, sample } = await sharedBase(context);
    const probes: LeadInput[] = sample.slice(0, RUNS).map((lead, i) => ({
      ...lead,
      // A third each: the same email, the same phone, the same name and company.
      emails: i % 3 === 0 ? lead.emails : [{ address: `new${i}@fresh.vn`, label: 'work' }],
      phones: i % 3 === 1 ? lead.phones : [],
      company: i % 3 === 2 ? lead.company : `Fresh ${i}`,
      fileAsStyle: lead.fileAsStyle,
      region: lead.region ?? '',
    }));
    const times: number[] = [];
    for (const probe of probes) times.push(await timed(() => leads.findDuplicates(probe)));
    // The last case of this file removes the shared base.
    await db.delete();
    shared = null;
    return { value: median(times), runs: times.length };
  },
});
