import { unscoredLead, withComputedScore, type LeadScore } from '../domain/leadScore';
import type { ScoringCriterion } from '../domain/scoring';
import type { Criterion, LeadId } from '../domain/types';
import type { LeadPaneDb } from './db';
import { readSetting, type SettingKey } from './settingRegistry';

/** Scoring's own keys in the settings table (their types and defaults: `settingRegistry`). */
export const SCORING_KEYS = {
  criteriaVersion: 'scoring.criteriaVersion',
  rescoredVersion: 'scoring.rescoredVersion',
  defaultsSeeded: 'scoring.defaultsSeeded',
  defaultsMarked: 'scoring.defaultsMarked',
  ratingThresholds: 'scoring.ratingThresholds',
} as const satisfies Record<string, SettingKey>;

/** The criteria in force (soft-deleted ones left out), as the score formula takes them. */
export function liveRulesOf(criteria: readonly Criterion[]): ScoringCriterion[] {
  return criteria.filter((c) => !c.deletedAt).map(({ id, importance }) => ({ id, importance }));
}

export async function liveScoringRules(db: LeadPaneDb): Promise<ScoringCriterion[]> {
  return liveRulesOf(await db.criteria.toArray());
}

/** The part of a score record a change decides; the numbers are recomputed from it. */
export type ScoreBase = Pick<LeadScore, 'leadId' | 'ticks' | 'mode' | 'manualStars'>;

/**
 * Rewrites the scores of `leadIds` through `change` (a lead nobody scored starts unscored), with
 * their numbers recomputed under the criteria in force. Must run inside a transaction over
 * leadScores, criteria and settings. Awaits one read at a time: a Promise.all over these native
 * async helpers lost the transaction and it committed early (PrematureCommitError).
 */
export async function rewriteScores(db: LeadPaneDb, leadIds: readonly LeadId[], change: (current: ScoreBase) => ScoreBase, now: number): Promise<LeadScore[]> {
  if (!leadIds.length) return [];
  const stored = await db.leadScores.bulkGet([...leadIds]);
  const rules = await liveScoringRules(db);
  const version = await readSetting(db.settings, SCORING_KEYS.criteriaVersion);
  const next = leadIds.map((id, i) => withComputedScore(change(stored[i] ?? unscoredLead(id)), rules, version, now));
  await db.leadScores.bulkPut(next);
  return next;
}
