import type { ScoringCriterion } from '../domain/scoring';
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
export async function liveScoringRules(db: LeadPaneDb): Promise<ScoringCriterion[]> {
  const all = await db.criteria.toArray();
  return all.filter((c) => !c.deletedAt).map(({ id, importance }) => ({ id, importance }));
}
