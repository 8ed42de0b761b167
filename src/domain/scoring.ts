import type { CriterionId, Importance } from './types';

/**
 * How much each importance counts in a lead's score, as Business Contact Manager weighs them.
 * The one place these numbers live: the formula and the tests read them from here.
 */
export const IMPORTANCE_WEIGHTS: Readonly<Record<Importance, number>> = { low: 1, normal: 2, high: 3 };

export const IMPORTANCES: readonly Importance[] = ['low', 'normal', 'high'];

export const MAX_SCORE = 100;
export const MAX_STARS = 5;
/** One star per this many points of the 0-100 score. */
export const SCORE_PER_STAR = MAX_SCORE / MAX_STARS;

export type ScoringMode = 'automatic' | 'manual';

/** What scoring needs of a criterion: who it is and how much it weighs. */
export type ScoringCriterion = { id: CriterionId; importance: Importance };

export type CriterionContribution = {
  criterionId: CriterionId;
  ticked: boolean;
  /** +weight when ticked, -weight when not: what ticking it would add is twice its weight. */
  contribution: number;
};

export type ScoreInput = {
  /** The criteria in force (deleted ones left out). */
  criteria: readonly ScoringCriterion[];
  /** The criteria this lead meets; ids of criteria not in force are ignored. */
  ticks: readonly CriterionId[];
  mode: ScoringMode;
  /** 0-5, used in manual mode. */
  manualStars: number | null;
};

/** Why a lead has no score, so the UI can say what to do about it. */
export type NoScoreReason = 'noCriteria';

export type Score = {
  /** The formula's result from the ticks; kept in manual mode so switching back restores it. */
  computed: { raw: number; score: number; stars: number } | null;
  /** Why `computed` is null. */
  noScoreReason: NoScoreReason | null;
  /** What the lead shows and sorts by: the manual stars in manual mode, else the computed score. */
  effective: { score: number; stars: number } | null;
  contributions: CriterionContribution[];
};

/** Stars shown for a 0-100 score. */
export function starsOfScore(score: number): number {
  return Math.round(score / SCORE_PER_STAR);
}

/**
 * The scores that show as the given stars: [from, to), `to` null for the top. Lets a stars filter
 * read a range of the score index instead of needing a second index.
 */
export function scoreRangeOfStars(stars: number): { from: number; to: number | null } {
  const half = SCORE_PER_STAR / 2;
  return { from: Math.max(0, stars * SCORE_PER_STAR - half), to: stars >= MAX_STARS ? null : stars * SCORE_PER_STAR + half };
}

export function clampStars(stars: number): number {
  return Math.min(MAX_STARS, Math.max(0, Math.round(stars)));
}

/**
 * The lead score: raw = sum of +weight for each ticked criterion and -weight for each other one;
 * score = round(100 * (raw + W) / (2W)) with W the sum of weights; stars = round(score / 20).
 * Manual mode overrides the shown score with the user's stars; the computed one is still returned.
 */
export function scoreLead({ criteria, ticks, mode, manualStars }: ScoreInput): Score {
  const ticked = new Set(ticks);
  const contributions = criteria.map((criterion) => {
    const weight = IMPORTANCE_WEIGHTS[criterion.importance];
    const isTicked = ticked.has(criterion.id);
    return { criterionId: criterion.id, ticked: isTicked, contribution: isTicked ? weight : -weight };
  });
  const totalWeight = criteria.reduce((sum, criterion) => sum + IMPORTANCE_WEIGHTS[criterion.importance], 0);
  let computed: Score['computed'] = null;
  if (totalWeight > 0) {
    const raw = contributions.reduce((sum, c) => sum + c.contribution, 0);
    const score = Math.round((MAX_SCORE * (raw + totalWeight)) / (2 * totalWeight));
    computed = { raw, score, stars: starsOfScore(score) };
  }
  let effective: Score['effective'] = computed && { score: computed.score, stars: computed.stars };
  if (mode === 'manual' && manualStars !== null) {
    const stars = clampStars(manualStars);
    effective = { score: stars * SCORE_PER_STAR, stars };
  }
  return { computed, noScoreReason: computed ? null : 'noCriteria', effective, contributions };
}
