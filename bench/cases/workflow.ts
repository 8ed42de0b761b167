import Dexie from 'dexie';
import { ACTIVITY_DETAIL_DEFAULTS } from '../../src/domain/activity';
import { newId } from '../../src/domain/ids';
import type { Activity, ActivityId, TeamId } from '../../src/domain/types';
import { LeadPaneDb } from '../../src/storage/db';
import { DEFAULT_LEAD_QUERY } from '../../src/domain/leadQuery';
import { LeadRepository } from '../../src/storage/leadRepository';
import { createWorkflowRepositories } from '../../src/storage/workflowRepositories';
import { currentLeadsSchema, generateLeads, putInChunks } from '../generateLeads';
import { median, registerBench, registerRatio, timed } from '../registry';

const MASS_EDIT_COUNT = 10_000;
const SELECT_ALL_COUNT = 100_000;
const SELECT_ALL_RUNS = 3;
const QUALIFY_RUNS = 20;
/** One lead in this many is disqualified / assigned to the team in the 100k set. */
const DISQUALIFIED_EVERY = 50;
const TEAM_EVERY = 4;


/** Set a field on 10,000 leads: chunked transactions, undo records, as the Mass edit dialog does. */
registerBench({
  name: 'workflow.mass_edit_10k_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('mass-edit'));
    const leads = generateLeads(MASS_EDIT_COUNT, 21);
    await putInChunks(db.leads, leads);
    const repositories = createWorkflowRepositories(db);
    let changed = 0;
    const elapsed = await timed(async () => {
      changed = (await repositories.massEdit.apply(leads.map((l) => l.id), { field: 'source', value: 'Trade fair 2026' })).changed;
    });
    context.log(`mass edit changed ${changed} leads`);
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});

/**
 * The mass edit's floor, in the same page: the same 10,000 lead records, with the edited field
 * set, put with a bare Dexie bulkPut in chunks of 2,000 over the stored ones, in a table with the
 * leads table's keys and indexes (a mass edit rewrites stored leads, so the floor does too).
 */
registerBench({
  name: 'workflow.mass_edit_raw_bulkput_10k_ms',
  unit: 'ms',
  async run(context) {
    const db = new Dexie(context.uniqueDbName('mass-edit-raw'));
    db.version(1).stores({ leads: currentLeadsSchema() });
    await db.open();
    const leads = generateLeads(MASS_EDIT_COUNT, 21);
    await putInChunks(db.table('leads'), leads);
    const edited = leads.map((lead) => ({ ...lead, source: 'Trade fair 2026', rev: lead.rev + 1, updatedAt: Date.now() }));
    const elapsed = await timed(() => putInChunks(db.table('leads'), edited));
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});

registerRatio('workflow.mass_edit_vs_raw_ratio', 'workflow.mass_edit_10k_ms', 'workflow.mass_edit_raw_bulkput_10k_ms');

/**
 * Ctrl+A in the default view: every id the list shows over 100,000 leads, in list order (the
 * `fileAs` sort index), minus the disqualified ones (from the status index), as the selection's
 * `resolveIds` gets them.
 */
registerBench({
  name: 'workflow.select_all_100k_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('select-all'));
    const now = Date.now();
    const team = 'bench-team' as TeamId;
    const leads = generateLeads(SELECT_ALL_COUNT, 31, (i) => now + i).map((lead, i) => {
      if (i % TEAM_EVERY === 0) lead.teamId = team;
      if (i % DISQUALIFIED_EVERY === 0) lead.status = 'disqualified';
      return lead;
    });
    context.log('writing 100,000 leads…');
    await putInChunks(db.leads, leads);
    const leadRepository = new LeadRepository(db);
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < SELECT_ALL_RUNS; run++) {
      const started = performance.now();
      count = (await leadRepository.matchingIds(DEFAULT_LEAD_QUERY)).length;
      times.push(performance.now() - started);
    }
    const teamStarted = performance.now();
    const teamCount = (await leadRepository.matchingIds({ ...DEFAULT_LEAD_QUERY, filters: { assignee: { type: 'team', id: team } } })).length;
    context.log(`all matching: ${count} ids (median ${median(times).toFixed(0)} ms); team filter: ${teamCount} ids in ${(performance.now() - teamStarted).toFixed(0)} ms`);
    await db.delete();
    return { value: median(times), runs: times.length };
  },
});

/** One qualify: duplicate check, then contact + account + opportunity + history copies in one transaction. */
registerBench({
  name: 'workflow.qualify_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('qualify'));
    const now = Date.now();
    const leads = generateLeads(QUALIFY_RUNS + 3, 41, () => now);
    await putInChunks(db.leads, leads);
    const history: Activity[] = leads.flatMap((lead) =>
      [0, 1, 2].map((n) => ({
        id: newId<ActivityId>(), recordType: 'lead' as const, recordId: lead.id, kind: 'email' as const, occurredAt: now - n, subject: `Email ${n}`,
        body: 'Xin báo giá thép cuộn cán nóng, giao tại Bình Dương.', internetMessageId: `<${lead.id}.${n}@bench>`, conversationId: null, itemId: null,
        fromAddress: lead.emailKeys[0] ?? null, ...ACTIVITY_DETAIL_DEFAULTS, createdAt: now, updatedAt: now, rev: 1, deletedAt: null,
      })),
    );
    await db.activities.bulkAdd(history);
    const repositories = createWorkflowRepositories(db);
    const times: number[] = [];
    for (const [index, lead] of leads.entries()) {
      const started = performance.now();
      const duplicates = await repositories.conversion.findDuplicates(lead.id);
      await repositories.conversion.qualify(lead.id, {
        createOpportunity: true, topic: 'Thép cuộn', productsOfInterest: 'HRC', estimatedValue: 1_000_000, closeDate: null,
        linkContactId: duplicates.contacts[0]?.record.id ?? null, linkAccountId: duplicates.accounts[0]?.record.id ?? null,
      });
      // The first qualifies open the tables and warm caches.
      if (index >= 3) times.push(performance.now() - started);
    }
    await db.delete();
    return { value: median(times), runs: times.length };
  },
});
