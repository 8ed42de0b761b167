import { unscoredLead, withComputedScore, type LeadScore } from '../domain/leadScore';
import type { ScoringCriterion } from '../domain/scoring';
import type { Criterion, LeadId } from '../domain/types';
import type { LeadPaneDb } from './db';

/** Scoring's own keys in the settings table. */
export const SCORING_KEYS = {
  /** Bumped in the same transaction as every criteria change that alters scores. */
  criteriaVersion: 'scoring.criteriaVersion',
  /** The criteria version the last complete rescore reached; below criteriaVersion = work left. */
  rescoredVersion: 'scoring.rescoredVersion',
  defaultsSeeded: 'scoring.defaultsSeeded',
  ratingThresholds: 'scoring.ratingThresholds',
} as const;

export async function readNumber(settings: LeadPaneDb['settings'], key: string): Promise<number> {
  const row = await settings.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

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
  const version = await readNumber(db.settings, SCORING_KEYS.criteriaVersion);
  const next = leadIds.map((id, i) => withComputedScore(change(stored[i] ?? unscoredLead(id)), rules, version, now));
  await db.leadScores.bulkPut(next);
  return next;
}
