/** The built-in sources; the user adds their own, which are stored as typed. */
export const DEFAULT_LEAD_SOURCES = ['website', 'referral', 'wordOfMouth', 'tradeShow', 'email', 'advertisement', 'phone', 'other'] as const;
export type BuiltInLeadSource = (typeof DEFAULT_LEAD_SOURCES)[number];
export const MAX_LEAD_SOURCES = 100;

export function isBuiltInSource(source: string): source is BuiltInLeadSource {
  return (DEFAULT_LEAD_SOURCES as readonly string[]).includes(source);
}

/** Adds a user-typed source once (case-insensitively), keeping the list's order. */
export function addLeadSource(list: readonly string[], source: string): string[] {
  const value = source.trim();
  if (!value || list.some((s) => s.toLowerCase() === value.toLowerCase())) return [...list];
  return [...list, value].slice(0, MAX_LEAD_SOURCES);
}
