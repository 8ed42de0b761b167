import { MAX_SCORE } from './scoring';
import type { Rating } from './types';

/** A score at or above `hot` suggests hot, at or above `warm` warm, anything lower cold. */
export type RatingThresholds = { hot: number; warm: number };

export const DEFAULT_RATING_THRESHOLDS: Readonly<RatingThresholds> = { hot: 70, warm: 40 };

export type RatingThresholdsError = 'notWholeNumber' | 'outOfRange' | 'warmNotBelowHot';

/** Thresholds must be whole numbers within 0-100 with warm below hot, or the suggestion is meaningless. */
export function validateRatingThresholds({ hot, warm }: RatingThresholds): RatingThresholdsError | null {
  if (!Number.isInteger(hot) || !Number.isInteger(warm)) return 'notWholeNumber';
  if (hot < 0 || warm < 0 || hot > MAX_SCORE || warm > MAX_SCORE) return 'outOfRange';
  if (warm >= hot) return 'warmNotBelowHot';
  return null;
}

/** The rating a score suggests; the user decides whether to take it. */
export function suggestRating(score: number, thresholds: RatingThresholds = DEFAULT_RATING_THRESHOLDS): Rating {
  if (score >= thresholds.hot) return 'hot';
  if (score >= thresholds.warm) return 'warm';
  return 'cold';
}
