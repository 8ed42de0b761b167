import Dexie from 'dexie';
import { newId } from '../../src/domain/ids';
import { withComputedScore, type LeadScore } from '../../src/domain/leadScore';
import { IMPORTANCES } from '../../src/domain/scoring';
import type { LeadId } from '../../src/domain/types';
import { LeadPaneDb, SCHEMA_V2 } from '../../src/storage/db';
import { ScoringRepository } from '../../src/storage/scoringRepository';
import { generateLeads, putInChunks } from '../generateLeads';
import { registerBench, registerRatio, timed } from '../registry';

/** As many leads as a busy small business keeps: the figure. */
const LEAD_COUNT = 100_000;
const RAW = 'scoring.raw_bulkput_100k_ms';
const RESCORE = 'scoring.rescore_100k_ms';

/**
 * The floor to beat: a bare Dexie bulkPut, chunks of 2,000, of 100,000 lead records into a table
 * with the leads table's primary key and indexes (what rewriting every lead would cost at least).
 */
registerBench({
  name: RAW,
  unit: 'ms',
  async run(context) {
    const db = new Dexie(context.uniqueDbName('scoring-raw'));
    // The current leads schema (version 2: ten indexes, three of them multi-entry).
    db.version(1).stores({ leads: SCHEMA_V2.leads });
    await db.open();
    const records = generateLeads(LEAD_COUNT, 5);
    const elapsed = await timed(() => putInChunks(db.table('leads'), records));
    await db.delete();
    context.log(`${RAW}: ${Math.round(elapsed)} ms`);
    return { value: elapsed, runs: 1 };
  },
});

/**
 * Changing a criterion's importance with 100,000 leads in automatic mode, until every score
 * follows the new rules: the scoring repository's own path (version bump, chunked background rescore).
 */
registerBench({
  name: RESCORE,
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('scoring-rescore'));
    await db.open();
    const scoring = new ScoringRepository(db);
    await scoring.seedDefaults((key) => key);
    await scoring.rescore.whenIdle();
    const criteria = await scoring.listCriteria();
    const version = await scoring.criteriaVersion();
    const now = Date.now();
    // Each lead meets a deterministic mix of the criteria, so scores actually change.
    const scores: LeadScore[] = [];
    for (let i = 0; i < LEAD_COUNT; i++) {
      const ticks = criteria.filter((_, index) => ((i * 7 + index * 13) % 5) < 2).map((c) => c.id);
      scores.push(withComputedScore({ leadId: newId<LeadId>(), ticks, mode: 'automatic', manualStars: null }, criteria, version, now));
    }
    await putInChunks(db.leadScores, scores);
    const target = criteria[0];
    if (!target) throw new Error('no criteria seeded');
    const importance = IMPORTANCES.find((i) => i !== target.importance) ?? 'low';

    const elapsed = await timed(async () => {
      await scoring.updateCriterion(target.id, { description: target.description, importance });
      await scoring.rescore.whenIdle();
    });

    const state = scoring.rescore.getState();
    if (state.status !== 'done' || state.total !== LEAD_COUNT) throw new Error(`rescore did not finish: ${JSON.stringify(state)}`);
    const newVersion = await scoring.criteriaVersion();
    const stale = await db.leadScores.filter((s) => s.criteriaVersion !== newVersion).count();
    if (stale) throw new Error(`${stale} scores left on old rules`);
    db.close();
    await Dexie.delete(db.name);
    context.log(`${RESCORE}: ${Math.round(elapsed)} ms`);
    return { value: elapsed, runs: 1 };
  },
});

/** Target under 1.5, lower is better: rescoring should cost less than rewriting the leads. */
registerRatio('scoring.rescore_100k_vs_raw_bulkput_ratio', RESCORE, RAW);
