import { validateCriterion, type CriterionError, type CriterionInput } from '../domain/criterion';
import { DEFAULT_CRITERIA, type DefaultCriterionKey } from '../domain/defaultCriteria';
import { newId } from '../domain/ids';
import { unscoredLead, withComputedScore, type LeadScore } from '../domain/leadScore';
import { validateRatingThresholds, type RatingThresholds, type RatingThresholdsError } from '../domain/ratingSuggestion';
import { clampStars, MAX_STARS, scoreRangeOfStars, type ScoringCriterion, type ScoringMode } from '../domain/scoring';
import type { Criterion, CriterionId, Lead, LeadId, Rating } from '../domain/types';
import type { LeadPaneDb } from './db';
import { LeadRepository } from './leadRepository';
import { RescoreEngine } from './rescoreEngine';
import { liveScoringRules, rewriteScores, SCORING_KEYS, type ScoreBase } from './scoringSettings';
import { readSetting, writeSetting } from './settingRegistry';

export class CriterionValidationError extends Error {
  constructor(readonly error: CriterionError) {
    super(`Invalid criterion: ${error.code}`);
    this.name = 'CriterionValidationError';
  }
}

export class RatingThresholdsValidationError extends Error {
  constructor(readonly code: RatingThresholdsError) {
    super(`Invalid rating thresholds: ${code}`);
    this.name = 'RatingThresholdsValidationError';
  }
}

export type ScoredLead = { lead: Lead; score: LeadScore };

/** The by-score view pages this many leads at most. */
export const LEADS_BY_SCORE_LIMIT = 200;

/**
 * Scoring criteria, per-lead scores and the rescoring that keeps them in step. Every criteria change
 * that alters scores bumps the criteria version in the same transaction and starts a background
 * rescore; a delete stays undoable (soft delete, ticks kept) until the next criteria edit.
 */
export class ScoringRepository {
  readonly rescore: RescoreEngine;

  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now, rescoreChunkSize?: number) {
    this.rescore = new RescoreEngine(db, now, rescoreChunkSize);
  }

  /** The criteria in force, in the user's order. */
  async listCriteria(): Promise<Criterion[]> {
    const all = await this.db.criteria.orderBy('order').toArray();
    return all.filter((c) => !c.deletedAt);
  }

  /** The criterion whose delete can still be undone, if any. */
  async deletedCriterion(): Promise<Criterion | undefined> {
    return this.db.criteria.filter((c) => Boolean(c.deletedAt)).first();
  }

  /**
   * Adds the default criteria once per database, marked as built in (they then show in the pane's
   * language until reworded) and worded in the language given; later calls do nothing but, once,
   * mark the defaults a database seeded before the marks existed (those still worded as `describe` words them).
   */
  async seedDefaults(describe: (key: DefaultCriterionKey) => string): Promise<boolean> {
    return this.db.transaction('rw', this.db.criteria, this.db.settings, async () => {
      if (await readSetting(this.db.settings, SCORING_KEYS.defaultsSeeded)) {
        await this.markUnrewordedDefaults(describe);
        return false;
      }
      await writeSetting(this.db.settings, SCORING_KEYS.defaultsSeeded, true);
      await writeSetting(this.db.settings, SCORING_KEYS.defaultsMarked, true);
      // A database that already has criteria (the user's own) keeps them as they are.
      if ((await this.db.criteria.count()) > 0) return false;
      const now = this.now();
      await this.db.criteria.bulkAdd(
        DEFAULT_CRITERIA.map(({ key, importance }, order) => ({
          id: newId<CriterionId>(), description: describe(key), builtIn: key, importance, order, createdAt: now, updatedAt: now, rev: 1, deletedAt: null,
        })),
      );
      await this.bumpVersion();
      return true;
    });
  }

  private async markUnrewordedDefaults(describe: (key: DefaultCriterionKey) => string): Promise<void> {
    if (await readSetting(this.db.settings, SCORING_KEYS.defaultsMarked)) return;
    await writeSetting(this.db.settings, SCORING_KEYS.defaultsMarked, true);
    const byText = new Map(DEFAULT_CRITERIA.map(({ key }) => [describe(key), key] as const));
    const now = this.now();
    const marked = (await this.db.criteria.toArray()).flatMap((criterion) => {
      const key = byText.get(criterion.description);
      return key && !criterion.builtIn && !criterion.deletedAt ? [{ ...criterion, builtIn: key, updatedAt: now, rev: criterion.rev + 1 }] : [];
    });
    if (marked.length) await this.db.criteria.bulkPut(marked);
  }

  async addCriterion(input: CriterionInput): Promise<Criterion> {
    const error = validateCriterion(input);
    if (error) throw new CriterionValidationError(error);
    const criterion = await this.db.transaction('rw', this.db.criteria, this.db.settings, async () => {
      await this.purgeDeleted();
      const last = await this.db.criteria.orderBy('order').last();
      const now = this.now();
      const added: Criterion = {
        id: newId<CriterionId>(), description: input.description.trim(), importance: input.importance,
        order: (last?.order ?? -1) + 1, createdAt: now, updatedAt: now, rev: 1, deletedAt: null,
      };
      await this.db.criteria.add(added);
      await this.bumpVersion();
      return added;
    });
    void this.rescore.start();
    return criterion;
  }

  /** Saves a criterion's words and importance; only an importance change needs a rescore. */
  async updateCriterion(id: CriterionId, input: CriterionInput): Promise<void> {
    const error = validateCriterion(input);
    if (error) throw new CriterionValidationError(error);
    const rescore = await this.db.transaction('rw', this.db.criteria, this.db.settings, async () => {
      const current = await this.db.criteria.get(id);
      if (!current || current.deletedAt) throw new Error('This criterion no longer exists.');
      const purged = await this.purgeDeleted();
      const importanceChanged = current.importance !== input.importance;
      // New words make a default criterion the user's own: it then keeps them in every language.
      const { builtIn, ...rest } = current;
      const description = input.description.trim();
      const kept = builtIn && description === current.description ? { builtIn } : {};
      await this.db.criteria.put({ ...rest, ...kept, description, importance: input.importance, updatedAt: this.now(), rev: current.rev + 1 });
      if (importanceChanged && !purged) await this.bumpVersion();
      return importanceChanged || purged;
    });
    if (rescore) void this.rescore.start();
  }

  /** Takes a criterion out of scoring; its ticks come back with `undoDelete` until the next edit. */
  async deleteCriterion(id: CriterionId): Promise<void> {
    await this.db.transaction('rw', this.db.criteria, this.db.settings, async () => {
      await this.purgeDeleted();
      const current = await this.db.criteria.get(id);
      if (!current) return;
      await this.db.criteria.put({ ...current, deletedAt: this.now(), updatedAt: this.now(), rev: current.rev + 1 });
      await this.bumpVersion();
    });
    void this.rescore.start();
  }

  async undoDelete(): Promise<boolean> {
    const restored = await this.db.transaction('rw', this.db.criteria, this.db.settings, async () => {
      const deleted = await this.db.criteria.filter((c) => Boolean(c.deletedAt)).first();
      if (!deleted) return false;
      await this.db.criteria.put({ ...deleted, deletedAt: null, updatedAt: this.now(), rev: deleted.rev + 1 });
      await this.bumpVersion();
      return true;
    });
    if (restored) void this.rescore.start();
    return restored;
  }

  /** Moves a criterion one place up or down; order does not change scores, so nothing is rescored. */
  async moveCriterion(id: CriterionId, direction: 'up' | 'down'): Promise<void> {
    const purged = await this.db.transaction('rw', this.db.criteria, this.db.settings, async () => {
      const purged = await this.purgeDeleted();
      const list = (await this.db.criteria.orderBy('order').toArray()).filter((c) => !c.deletedAt);
      const index = list.findIndex((c) => c.id === id);
      const other = list[direction === 'up' ? index - 1 : index + 1];
      const current = list[index];
      if (!current || !other) return purged;
      const now = this.now();
      await this.db.criteria.bulkPut([
        { ...current, order: other.order, updatedAt: now, rev: current.rev + 1 },
        { ...other, order: current.order, updatedAt: now, rev: other.rev + 1 },
      ]);
      return purged;
    });
    if (purged) void this.rescore.start();
  }

  async criteriaVersion(): Promise<number> {
    return readSetting(this.db.settings, SCORING_KEYS.criteriaVersion);
  }

  /**
   * The lead's stored score, or the all-unticked one when nobody scored it yet. Reads without an
   * explicit transaction: it runs inside live queries, where one committed early in Chromium.
   */
  async scoreOf(leadId: LeadId): Promise<LeadScore> {
    const [stored, version, rules] = await Promise.all([this.db.leadScores.get(leadId), this.criteriaVersion(), this.liveRules()]);
    if (stored && stored.criteriaVersion === version) return stored;
    // Behind the criteria (a rescore still to run): show it under the current rules anyway.
    return withComputedScore(stored ?? unscoredLead(leadId), rules, version, stored?.updatedAt ?? 0);
  }

  /** Scores for the rows a list shows (list columns); leads without a row are left out. */
  async scoresFor(leadIds: readonly LeadId[]): Promise<Map<LeadId, LeadScore>> {
    const rows = await this.db.leadScores.bulkGet([...leadIds]);
    return new Map(rows.filter((r): r is LeadScore => Boolean(r)).map((r) => [r.leadId, r]));
  }

  async setTicked(leadId: LeadId, criterionId: CriterionId, ticked: boolean): Promise<LeadScore> {
    return this.updateScore(leadId, (current) => {
      const ticks = current.ticks.filter((id) => id !== criterionId);
      return { ...current, ticks: ticked ? [...ticks, criterionId] : ticks };
    });
  }

  async setMode(leadId: LeadId, mode: ScoringMode): Promise<LeadScore> {
    return this.updateScore(leadId, (current) => ({ ...current, mode }));
  }

  /** Picks the manual stars (0-5) and switches the lead to manual mode. */
  async setManualStars(leadId: LeadId, stars: number): Promise<LeadScore> {
    if (!Number.isInteger(stars) || stars < 0 || stars > MAX_STARS) throw new RangeError(`Stars must be a whole number from 0 to ${MAX_STARS}.`);
    return this.updateScore(leadId, (current) => ({ ...current, mode: 'manual', manualStars: clampStars(stars) }));
  }

  /**
   * Scored leads, highest first, optionally only those with the given stars. Reads a range of the
   * `score` index, so the cost is the page, not the table.
   */
  async listByScore({ stars, limit = LEADS_BY_SCORE_LIMIT }: { stars?: number; limit?: number } = {}): Promise<ScoredLead[]> {
    const index = this.db.leadScores.where('score');
    const { from, to } = stars === undefined ? { from: 0, to: null } : scoreRangeOfStars(stars);
    const range = to === null ? index.aboveOrEqual(from) : index.between(from, to, true, false);
    // Deleted leads are skipped without counting, so read a little past the limit.
    const [rows, version, rules] = await Promise.all([range.reverse().limit(limit * 2).toArray(), this.criteriaVersion(), this.liveRules()]);
    const leads = await this.db.leads.bulkGet(rows.map((r) => r.leadId));
    const result: ScoredLead[] = [];
    rows.forEach((row, i) => {
      const lead = leads[i];
      if (!lead || lead.deletedAt || result.length >= limit) return;
      const score = row.criteriaVersion === version ? row : withComputedScore(row, rules, version, row.updatedAt);
      result.push({ lead, score });
    });
    return result;
  }

  async ratingThresholds(): Promise<RatingThresholds> {
    return readSetting(this.db.settings, SCORING_KEYS.ratingThresholds);
  }

  async setRatingThresholds(thresholds: RatingThresholds): Promise<void> {
    const error = validateRatingThresholds(thresholds);
    if (error) throw new RatingThresholdsValidationError(error);
    await writeSetting(this.db.settings, SCORING_KEYS.ratingThresholds, { hot: thresholds.hot, warm: thresholds.warm });
  }

  /**
   * The user's rating for a lead (accepting a suggestion, or their own pick). Goes through the
   * change path, so rev, derived keys and the history entry are those of every other rating change.
   */
  async setRating(leadId: LeadId, rating: Rating | null): Promise<void> {
    await new LeadRepository(this.db, this.now).change(leadId, { fields: { rating } });
  }

  private async updateScore(leadId: LeadId, change: (current: ScoreBase) => ScoreBase): Promise<LeadScore> {
    return this.db.transaction('rw', this.db.leadScores, this.db.criteria, this.db.settings, async () => {
      const [next] = await rewriteScores(this.db, [leadId], change, this.now());
      return next!;
    });
  }

  private liveRules(): Promise<ScoringCriterion[]> {
    return liveScoringRules(this.db);
  }

  /** Must run inside a transaction over criteria and settings. */
  private async bumpVersion(): Promise<void> {
    const version = await this.criteriaVersion();
    await writeSetting(this.db.settings, SCORING_KEYS.criteriaVersion, version + 1);
  }

  /** Ends the undo window: drops soft-deleted criteria for good, and the next rescore strips their ticks. */
  private async purgeDeleted(): Promise<boolean> {
    const deleted = await this.db.criteria.filter((c) => Boolean(c.deletedAt)).primaryKeys();
    if (!deleted.length) return false;
    await this.db.criteria.bulkDelete(deleted);
    await this.bumpVersion();
    return true;
  }
}
