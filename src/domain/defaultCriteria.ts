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
