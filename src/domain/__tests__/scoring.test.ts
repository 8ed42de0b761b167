import { DEFAULT_RATING_THRESHOLDS, suggestRating, validateRatingThresholds } from '../ratingSuggestion';
import { IMPORTANCE_WEIGHTS, MAX_SCORE, MAX_STARS, SCORE_PER_STAR, scoreLead, scoreRangeOfStars, starsOfScore, type ScoringCriterion } from '../scoring';
import type { CriterionId, Importance } from '../types';

const id = (value: string) => value as CriterionId;
const criterion = (name: string, importance: Importance): ScoringCriterion => ({ id: id(name), importance });
const { low, normal, high } = IMPORTANCE_WEIGHTS;

/** The formula as the issue states it, written out from the weights so no number is restated. */
const expectedScore = (raw: number, total: number) => Math.round((MAX_SCORE * (raw + total)) / (2 * total));
const expectedStars = (score: number) => Math.round(score / SCORE_PER_STAR);

const mixed = [criterion('need', 'high'), criterion('budget', 'normal'), criterion('referral', 'low')];

describe('scoreLead (automatic mode)', () => {
  const cases: Array<{ name: string; criteria: ScoringCriterion[]; ticks: string[]; score: number }> = [
    { name: 'all ticked gives the full score', criteria: mixed, ticks: ['need', 'budget', 'referral'], score: MAX_SCORE },
    { name: 'none ticked gives zero', criteria: mixed, ticks: [], score: 0 },
    {
      name: 'mixed weights: the high one ticked outweighs the other two',
      criteria: mixed,
      ticks: ['need'],
      score: expectedScore(high - normal - low, high + normal + low),
    },
    {
      name: 'mixed weights: the low one ticked counts least',
      criteria: mixed,
      ticks: ['referral'],
      score: expectedScore(low - normal - high, high + normal + low),
    },
    { name: 'one criterion, ticked', criteria: [criterion('need', 'normal')], ticks: ['need'], score: MAX_SCORE },
    { name: 'one criterion, not ticked', criteria: [criterion('need', 'low')], ticks: [], score: 0 },
    {
      name: 'ticks of criteria no longer in force are ignored',
      criteria: [criterion('need', 'high'), criterion('budget', 'high')],
      ticks: ['need', 'deleted'],
      score: expectedScore(0, 2 * high),
    },
  ];

  test.each(cases)('$name', ({ criteria, ticks, score }) => {
    const result = scoreLead({ criteria, ticks: ticks.map(id), mode: 'automatic', manualStars: null });
    expect(result.computed?.score).toBe(score);
    expect(result.computed?.stars).toBe(expectedStars(score));
    expect(result.effective).toEqual({ score, stars: expectedStars(score) });
    expect(result.noScoreReason).toBeNull();
  });

  test('each contribution is +weight when ticked and -weight when not', () => {
    const result = scoreLead({ criteria: mixed, ticks: [id('budget')], mode: 'automatic', manualStars: null });
    expect(result.contributions).toEqual([
      { criterionId: id('need'), ticked: false, contribution: -high },
      { criterionId: id('budget'), ticked: true, contribution: normal },
      { criterionId: id('referral'), ticked: false, contribution: -low },
    ]);
    expect(result.computed?.raw).toBe(normal - high - low);
  });

  test('no criteria: no score, and the reason', () => {
    const result = scoreLead({ criteria: [], ticks: [id('need')], mode: 'automatic', manualStars: null });
    expect(result).toEqual({ computed: null, effective: null, noScoreReason: 'noCriteria', contributions: [] });
  });
});

describe('scoreLead (manual mode)', () => {
  test.each([0, 2, MAX_STARS])('%i manual stars override the computed score, which is kept', (stars) => {
    const result = scoreLead({ criteria: mixed, ticks: [id('need'), id('budget'), id('referral')], mode: 'manual', manualStars: stars });
    expect(result.effective).toEqual({ stars, score: stars * SCORE_PER_STAR });
    expect(result.computed?.score).toBe(MAX_SCORE);
  });

  test('manual stars apply even without criteria', () => {
    const result = scoreLead({ criteria: [], ticks: [], mode: 'manual', manualStars: MAX_STARS });
    expect(result.effective?.stars).toBe(MAX_STARS);
    expect(result.computed).toBeNull();
  });

  test('manual stars outside 0-5 are clamped', () => {
    expect(scoreLead({ criteria: mixed, ticks: [], mode: 'manual', manualStars: MAX_STARS + 4 }).effective?.stars).toBe(MAX_STARS);
    expect(scoreLead({ criteria: mixed, ticks: [], mode: 'manual', manualStars: -1 }).effective?.stars).toBe(0);
  });

  test('manual mode without a pick yet shows the computed score', () => {
    const result = scoreLead({ criteria: mixed, ticks: [], mode: 'manual', manualStars: null });
    expect(result.effective).toEqual({ score: 0, stars: 0 });
  });
});

describe('scoreRangeOfStars', () => {
  test('every score 0-100 falls in the range of exactly the stars it shows', () => {
    for (let score = 0; score <= MAX_SCORE; score++) {
      const matching = Array.from({ length: MAX_STARS + 1 }, (_, stars) => stars).filter((stars) => {
        const { from, to } = scoreRangeOfStars(stars);
        return score >= from && (to === null || score < to);
      });
      expect(matching).toEqual([starsOfScore(score)]);
    }
  });
});

describe('suggestRating', () => {
  const { hot, warm } = DEFAULT_RATING_THRESHOLDS;
  test.each([
    { score: MAX_SCORE, rating: 'hot' },
    { score: hot, rating: 'hot' },
    { score: hot - 1, rating: 'warm' },
    { score: warm, rating: 'warm' },
    { score: warm - 1, rating: 'cold' },
    { score: 0, rating: 'cold' },
  ])('score $score suggests $rating', ({ score, rating }) => {
    expect(suggestRating(score)).toBe(rating);
  });

  test('uses the thresholds it is given', () => {
    expect(suggestRating(hot - 1, { hot: hot - 1, warm })).toBe('hot');
  });

  test.each([
    { thresholds: { hot: warm, warm: hot }, error: 'warmNotBelowHot' },
    { thresholds: { hot: MAX_SCORE + 1, warm }, error: 'outOfRange' },
    { thresholds: { hot, warm: -1 }, error: 'outOfRange' },
    { thresholds: { hot: hot + 0.5, warm }, error: 'notWholeNumber' },
    { thresholds: DEFAULT_RATING_THRESHOLDS, error: null },
  ])('validates $thresholds as $error', ({ thresholds, error }) => {
    expect(validateRatingThresholds(thresholds)).toBe(error);
  });
});
