import type { Importance } from './types';

export const MAX_CRITERION_DESCRIPTION_LENGTH = 200;

export type CriterionInput = { description: string; importance: Importance };

export type CriterionError = { code: 'required' } | { code: 'tooLong'; max: number };

/** A criterion needs words a salesperson can tick against; an empty one could never be judged. */
export function validateCriterion(input: CriterionInput): CriterionError | null {
  const description = input.description.trim();
  if (!description) return { code: 'required' };
  if (description.length > MAX_CRITERION_DESCRIPTION_LENGTH) return { code: 'tooLong', max: MAX_CRITERION_DESCRIPTION_LENGTH };
  return null;
}
