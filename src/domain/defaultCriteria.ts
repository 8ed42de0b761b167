import type { Importance } from './types';

/** The criteria a new install starts with; their descriptions come from the message catalogue. */
export const DEFAULT_CRITERIA = [
  { key: 'needIdentified', importance: 'high' },
  { key: 'budgetConfirmed', importance: 'high' },
  { key: 'decisionMakerReached', importance: 'normal' },
  { key: 'timelineUnder3Months', importance: 'normal' },
  { key: 'referredByCustomer', importance: 'low' },
  { key: 'companyEmailDomain', importance: 'low' },
] as const satisfies ReadonlyArray<{ key: string; importance: Importance }>;

export type DefaultCriterionKey = (typeof DEFAULT_CRITERIA)[number]['key'];
export const DEFAULT_CRITERION_KEYS: readonly DefaultCriterionKey[] = DEFAULT_CRITERIA.map((c) => c.key);

/** The words a criterion shows: a default one not reworded speaks the pane's language, any other its own words. */
export function criterionText(criterion: { description: string; builtIn?: DefaultCriterionKey }, describe: (key: DefaultCriterionKey) => string): string {
  return criterion.builtIn ? describe(criterion.builtIn) : criterion.description;
}
