import Dexie from 'dexie';
import { criterionText, DEFAULT_CRITERIA } from '../../domain/defaultCriteria';
import type { LeadScore } from '../../domain/leadScore';
import { IMPORTANCE_WEIGHTS, MAX_SCORE, SCORE_PER_STAR, scoreLead } from '../../domain/scoring';
import type { CriterionId, LeadId } from '../../domain/types';
import { emptyLeadInput } from '../../domain/lead';
import { LeadPaneDb } from '../db';
import { LeadRepository } from '../leadRepository';
import type { RescoreState } from '../rescoreEngine';
import { CriterionValidationError, RatingThresholdsValidationError, ScoringRepository } from '../scoringRepository';

let db: LeadPaneDb;
let counter = 0;
const CHUNK = 10;

beforeEach(async () => {
  db = new LeadPaneDb(`scoring-${counter++}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const leadId = (n: number) => `lead-${String(n).padStart(4, '0')}` as LeadId;

async function withCriteria(scoring: ScoringRepository) {
  const need = await scoring.addCriterion({ description: 'Need identified', importance: 'high' });
  const budget = await scoring.addCriterion({ description: 'Budget confirmed', importance: 'low' });
  await scoring.rescore.whenIdle();
  return { need, budget };
}

/** The score a record must have under the current criteria, from the domain function itself. */
async function expectedFor(scoring: ScoringRepository, row: LeadScore) {
  const criteria = await scoring.listCriteria();
  return scoreLead({ criteria, ticks: row.ticks, mode: row.mode, manualStars: row.manualStars });
}

describe('criteria', () => {
  test('defaults are seeded once, in the language given', async () => {
    const scoring = new ScoringRepository(db);
    expect(await scoring.seedDefaults((key) => `vi:${key}`)).toBe(true);
    expect(await scoring.seedDefaults((key) => `en:${key}`)).toBe(false);
    const criteria = await scoring.listCriteria();
    expect(criteria.map((c) => [c.description, c.importance])).toEqual(DEFAULT_CRITERIA.map((d) => [`vi:${d.key}`, d.importance]));
  });

  test('seeded defaults follow the language until their words are edited; an importance change alone keeps them built in', async () => {
    const scoring = new ScoringRepository(db);
    await scoring.seedDefaults((key) => `vi:${key}`);
    const [need, budget, reached] = await scoring.listCriteria();
    expect([need?.builtIn, budget?.builtIn]).toEqual(['needIdentified', 'budgetConfirmed']);
    await scoring.updateCriterion(need!.id, { description: need!.description, importance: 'low' });
    await scoring.updateCriterion(budget!.id, { description: 'Có ngân sách năm 2027', importance: 'high' });
    const shown = (await scoring.listCriteria()).map((c) => criterionText(c, (key) => `en:${key}`));
    expect(shown.slice(0, 3)).toEqual(['en:needIdentified', 'Có ngân sách năm 2027', 'en:decisionMakerReached']);
    expect((await scoring.listCriteria())[1]?.builtIn).toBeUndefined();
    expect(reached?.builtIn).toBe('decisionMakerReached');
  });

  test('defaults seeded before criteria were marked are marked once, when still in the words they were seeded with', async () => {
    const scoring = new ScoringRepository(db);
    await scoring.seedDefaults((key) => `vi:${key}`);
    // As an older version left them: no marks, one reworded, one the user's own.
    const stored = await db.criteria.orderBy('order').toArray();
    await db.criteria.bulkPut(stored.map(({ builtIn: _b, ...c }, i) => (i === 1 ? { ...c, description: 'Ngân sách riêng' } : c)));
    await db.criteria.add({ ...stored[0]!, id: 'own' as CriterionId, builtIn: undefined, description: 'Khách quen', order: 99 });
    await db.settings.delete('scoring.defaultsMarked');
    expect(await scoring.seedDefaults((key) => `vi:${key}`)).toBe(false);
    const marks = (await scoring.listCriteria()).map((c) => [c.description, c.builtIn ?? null]);
    expect(marks).toEqual([
      ['vi:needIdentified', 'needIdentified'], ['Ngân sách riêng', null], ...DEFAULT_CRITERIA.slice(2).map((d) => [`vi:${d.key}`, d.key]), ['Khách quen', null],
    ]);
  });

  test('seeding does not come back after the user deleted every criterion', async () => {
    const scoring = new ScoringRepository(db);
    await scoring.seedDefaults((key) => key);
    for (const c of await scoring.listCriteria()) await scoring.deleteCriterion(c.id);
    await scoring.rescore.whenIdle();
    expect(await scoring.seedDefaults((key) => key)).toBe(false);
    expect(await scoring.listCriteria()).toEqual([]);
  });

  test('an empty description is refused with its reason and nothing is written', async () => {
    const scoring = new ScoringRepository(db);
    await expect(scoring.addCriterion({ description: '   ', importance: 'normal' })).rejects.toEqual(new CriterionValidationError({ code: 'required' }));
    expect(await db.criteria.count()).toBe(0);
  });

  test('reordering swaps neighbours and leaves the criteria version alone', async () => {
    const scoring = new ScoringRepository(db);
    const { need, budget } = await withCriteria(scoring);
    const version = await scoring.criteriaVersion();
    await scoring.moveCriterion(budget.id, 'up');
    expect((await scoring.listCriteria()).map((c) => c.id)).toEqual([budget.id, need.id]);
    await scoring.moveCriterion(budget.id, 'up');
    expect((await scoring.listCriteria()).map((c) => c.id)).toEqual([budget.id, need.id]);
    expect(await scoring.criteriaVersion()).toBe(version);
  });

  test('editing only the words does not rescore', async () => {
    const scoring = new ScoringRepository(db);
    const { need } = await withCriteria(scoring);
    const version = await scoring.criteriaVersion();
    await scoring.updateCriterion(need.id, { description: 'Clear need', importance: need.importance });
    expect(await scoring.criteriaVersion()).toBe(version);
    expect((await scoring.listCriteria())[0]?.description).toBe('Clear need');
  });
});

describe('a lead’s score', () => {
  test('ticking criteria changes the score as the formula says', async () => {
    const scoring = new ScoringRepository(db);
    const { need, budget } = await withCriteria(scoring);
    const lead = leadId(1);
    expect((await scoring.scoreOf(lead)).score).toBe(0);
    const ticked = await scoring.setTicked(lead, need.id, true);
    const { high, low } = IMPORTANCE_WEIGHTS;
    expect(ticked.score).toBe(Math.round((MAX_SCORE * 2 * high) / (2 * (high + low))));
    expect((await scoring.setTicked(lead, budget.id, true)).score).toBe(MAX_SCORE);
    expect((await scoring.setTicked(lead, need.id, false)).ticks).toEqual([budget.id]);
  });

  test('manual stars override the computed score until switched back', async () => {
    const scoring = new ScoringRepository(db);
    const { need, budget } = await withCriteria(scoring);
    const lead = leadId(1);
    await scoring.setTicked(lead, need.id, true);
    await scoring.setTicked(lead, budget.id, true);
    const manual = await scoring.setManualStars(lead, 1);
    expect(manual).toMatchObject({ mode: 'manual', stars: 1, score: SCORE_PER_STAR, computedScore: MAX_SCORE });
    const automatic = await scoring.setMode(lead, 'automatic');
    expect(automatic).toMatchObject({ mode: 'automatic', score: MAX_SCORE, computedScore: MAX_SCORE, manualStars: 1 });
    await expect(scoring.setManualStars(lead, 6)).rejects.toThrow(RangeError);
  });

  test('rating thresholds are validated and the lead’s rating is the user’s pick', async () => {
    const scoring = new ScoringRepository(db);
    await expect(scoring.setRatingThresholds({ hot: 30, warm: 60 })).rejects.toEqual(new RatingThresholdsValidationError('warmNotBelowHot'));
    await scoring.setRatingThresholds({ hot: 80, warm: 50 });
    expect(await scoring.ratingThresholds()).toEqual({ hot: 80, warm: 50 });
    const lead = await new LeadRepository(db).create({ ...emptyLeadInput(), fullName: 'An' });
    await scoring.setRating(lead.id, 'hot');
    expect(await db.leads.get(lead.id)).toMatchObject({ rating: 'hot', rev: 2 });
    // The same history entry a mass edit of the rating writes.
    const history = await db.activities.where('[recordType+recordId]').equals(['lead', lead.id]).toArray();
    expect(history.map((a) => a.event)).toContainEqual({ type: 'fieldChanged', field: 'rating', from: null, to: 'hot' });
  });
});

describe('rescoring', () => {
  async function seedScores(scoring: ScoringRepository, count: number, tick: CriterionId) {
    for (let n = 0; n < count; n++) {
      if (n % 2 === 0) await scoring.setTicked(leadId(n), tick, true);
      else await scoring.setMode(leadId(n), 'automatic');
    }
  }

  async function expectAllCurrent(scoring: ScoringRepository) {
    const version = await scoring.criteriaVersion();
    const rows = await db.leadScores.toArray();
    for (const row of rows) {
      expect(row.criteriaVersion).toBe(version);
      expect(row.score).toBe((await expectedFor(scoring, row)).effective?.score ?? null);
    }
    expect(await scoring.rescore.isBehind()).toBe(false);
  }

  test('an importance change rescores every lead in chunks and reports progress to done', async () => {
    const scoring = new ScoringRepository(db, Date.now, CHUNK);
    const { need } = await withCriteria(scoring);
    await seedScores(scoring, CHUNK * 3 + 5, need.id);
    const states: RescoreState[] = [];
    scoring.rescore.subscribe(() => states.push(scoring.rescore.getState()));
    await scoring.updateCriterion(need.id, { description: need.description, importance: 'low' });
    await scoring.rescore.whenIdle();
    await expectAllCurrent(scoring);
    const progress = states.filter((s) => s.status === 'running').map((s) => (s.status === 'running' ? s.done : -1));
    expect(progress).toEqual([0, CHUNK, CHUNK * 2, CHUNK * 3]);
    expect(states.at(-1)).toEqual({ status: 'done', total: CHUNK * 3 + 5 });
  });

  test('after a cancel the next open rolls the rest forward, so no score stays on old rules', async () => {
    const scoring = new ScoringRepository(db, Date.now, CHUNK);
    const { need } = await withCriteria(scoring);
    await seedScores(scoring, CHUNK * 4, need.id);
    const unsubscribe = scoring.rescore.subscribe(() => {
      const state = scoring.rescore.getState();
      if (state.status === 'running' && state.done >= CHUNK) scoring.rescore.cancel();
    });
    await scoring.addCriterion({ description: 'Decision maker reached', importance: 'normal' });
    await scoring.rescore.whenIdle();
    unsubscribe();
    expect(scoring.rescore.getState()).toMatchObject({ status: 'cancelled', done: CHUNK });
    expect(await scoring.rescore.isBehind()).toBe(true);
    const version = await scoring.criteriaVersion();
    expect((await db.leadScores.toArray()).filter((r) => r.criteriaVersion !== version)).toHaveLength(CHUNK * 3);
    // A stale lead still shows its score under the current rules.
    const stale = (await db.leadScores.toArray()).find((r) => r.criteriaVersion !== version)!;
    expect((await scoring.scoreOf(stale.leadId)).score).toBe((await expectedFor(scoring, stale)).effective?.score);

    const reopened = new ScoringRepository(db, Date.now, CHUNK);
    await reopened.rescore.resumeIfBehind();
    await expectAllCurrent(reopened);
  });

  test('a criteria change during a pass restarts it under the newest rules', async () => {
    const scoring = new ScoringRepository(db, Date.now, CHUNK);
    const { need, budget } = await withCriteria(scoring);
    await seedScores(scoring, CHUNK * 3, need.id);
    let second: Promise<void> | undefined;
    scoring.rescore.subscribe(() => {
      const state = scoring.rescore.getState();
      if (!second && state.status === 'running' && state.done >= CHUNK) {
        second = scoring.updateCriterion(budget.id, { description: budget.description, importance: 'high' });
      }
    });
    await scoring.updateCriterion(need.id, { description: need.description, importance: 'normal' });
    await scoring.rescore.whenIdle();
    expect(second).toBeDefined();
    await second;
    await scoring.rescore.whenIdle();
    expect((await scoring.listCriteria()).find((c) => c.id === budget.id)?.importance).toBe('high');
    await expectAllCurrent(scoring);
  });

  test('deleting a criterion drops its ticks after the next edit, and undo brings them back before', async () => {
    const scoring = new ScoringRepository(db, Date.now, CHUNK);
    const { need, budget } = await withCriteria(scoring);
    await scoring.setTicked(leadId(1), need.id, true);
    await scoring.setTicked(leadId(1), budget.id, true);

    await scoring.deleteCriterion(need.id);
    await scoring.rescore.whenIdle();
    expect((await scoring.listCriteria()).map((c) => c.id)).toEqual([budget.id]);
    expect((await scoring.scoreOf(leadId(1))).score).toBe(MAX_SCORE);
    expect((await scoring.deletedCriterion())?.id).toBe(need.id);

    expect(await scoring.undoDelete()).toBe(true);
    await scoring.rescore.whenIdle();
    expect((await scoring.scoreOf(leadId(1))).ticks).toEqual([need.id, budget.id]);
    await expectAllCurrent(scoring);

    await scoring.deleteCriterion(need.id);
    await scoring.addCriterion({ description: 'Referred by a customer', importance: 'low' });
    await scoring.rescore.whenIdle();
    expect(await scoring.deletedCriterion()).toBeUndefined();
    expect(await scoring.undoDelete()).toBe(false);
    expect((await db.leadScores.get(leadId(1)))?.ticks).toEqual([budget.id]);
    await expectAllCurrent(scoring);
  });
});

describe('leads by score', () => {
  test('lists the highest first, filters by stars and skips deleted leads', async () => {
    const scoring = new ScoringRepository(db);
    const { need, budget } = await withCriteria(scoring);
    const leads = new LeadRepository(db);
    const top = await leads.create({ ...emptyLeadInput(), fullName: 'Top' });
    const middle = await leads.create({ ...emptyLeadInput(), fullName: 'Middle' });
    const low = await leads.create({ ...emptyLeadInput(), fullName: 'Low' });
    const gone = await leads.create({ ...emptyLeadInput(), fullName: 'Gone' });
    await scoring.setTicked(top.id, need.id, true);
    await scoring.setTicked(top.id, budget.id, true);
    await scoring.setTicked(middle.id, need.id, true);
    await scoring.setTicked(low.id, budget.id, true);
    await scoring.setTicked(gone.id, need.id, true);
    await db.leads.update(gone.id, { deletedAt: 1 });

    const all = await scoring.listByScore();
    expect(all.map((s) => s.lead.fullName)).toEqual(['Top', 'Middle', 'Low']);
    const middleStars = all[1]!.score.stars!;
    expect((await scoring.listByScore({ stars: middleStars })).map((s) => s.lead.fullName)).toEqual(['Middle']);
    expect((await scoring.scoresFor([top.id, leadId(9)])).get(top.id)?.score).toBe(MAX_SCORE);
  });
});
