import { scoreLead, type ScoringCriterion, type ScoringMode } from './scoring';
import type { CriterionId, LeadId } from './types';

/**
 * A lead's score, stored apart from the lead: it changes whenever the criteria do, and a small
 * record with one index rewrites far faster than the lead with its search indexes.
 */
export type LeadScore = {
  leadId: LeadId;
  /** The criteria the lead meets. */
  ticks: CriterionId[];
  mode: ScoringMode;
  /** The user's 0-5 stars in manual mode; kept when switching back so they can be picked again. */
  manualStars: number | null;
  /** The formula's result from the ticks (null without criteria), kept in manual mode too. */
  computedScore: number | null;
  computedStars: number | null;
  /** What the lead shows and sorts by (manual stars in manual mode); null when there is none. */
  score: number | null;
  stars: number | null;
  /** The criteria version these numbers were computed with; an older one is rescored on open. */
  criteriaVersion: number;
  updatedAt: number;
};

/** A lead nobody scored yet: automatic mode, nothing ticked. */
export function unscoredLead(leadId: LeadId): Omit<LeadScore, 'computedScore' | 'computedStars' | 'score' | 'stars' | 'criteriaVersion' | 'updatedAt'> {
  return { leadId, ticks: [], mode: 'automatic', manualStars: null };
}

/** Recomputes the stored numbers of a score record under the given rules. */
export function withComputedScore(
  base: Pick<LeadScore, 'leadId' | 'ticks' | 'mode' | 'manualStars'>,
  criteria: readonly ScoringCriterion[],
  criteriaVersion: number,
  now: number,
): LeadScore {
  const result = scoreLead({ criteria, ticks: base.ticks, mode: base.mode, manualStars: base.manualStars });
  return {
    leadId: base.leadId,
    ticks: base.ticks,
    mode: base.mode,
    manualStars: base.manualStars,
    computedScore: result.computed?.score ?? null,
    computedStars: result.computed?.stars ?? null,
    score: result.effective?.score ?? null,
    stars: result.effective?.stars ?? null,
    criteriaVersion,
    updatedAt: now,
  };
}
