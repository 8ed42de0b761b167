import { duplicateNameKey, leadSearchKeys, type LeadInput } from './lead';

/** Why a stored record may be the same person or company: for a lead being saved, or one being qualified. */
export type DuplicateReason = 'email' | 'phone' | 'nameCompany' | 'name' | 'company' | 'domain';

/** A stored record that may be the same as the one at hand, and why (strongest reason first where ranked). */
export type DuplicateMatch<T, R extends DuplicateReason = DuplicateReason> = { record: T; reasons: R[] };

/** The reasons a new or edited lead is checked for. */
export type LeadDuplicateReason = Extract<DuplicateReason, 'email' | 'phone' | 'nameCompany'>;

/** What a new or edited lead is compared by: the same keys the indexes hold. */
export type DuplicateProbe = { emailKeys: string[]; phoneKeys: string[]; nameKey: string };

/** A lead or contact that looks like the lead being saved. */
export type LeadDuplicate = DuplicateMatch<{ recordType: 'lead' | 'contact'; id: string; name: string; company: string }, LeadDuplicateReason>;

export function duplicateProbe(input: Pick<LeadInput, 'fullName' | 'company' | 'emails' | 'phones'>): DuplicateProbe {
  const keys = leadSearchKeys(input);
  return { emailKeys: keys.emailKeys, phoneKeys: keys.phoneKeys, nameKey: duplicateNameKey(input.fullName, input.company) };
}

/** Why a stored record matches the probe (empty: it does not). */
export function duplicateReasons(
  probe: DuplicateProbe,
  candidate: { emailKeys: readonly string[]; phoneKeys: readonly string[]; nameKey: string },
): LeadDuplicateReason[] {
  const reasons: LeadDuplicateReason[] = [];
  if (candidate.emailKeys.some((e) => probe.emailKeys.includes(e))) reasons.push('email');
  if (candidate.phoneKeys.some((p) => probe.phoneKeys.includes(p))) reasons.push('phone');
  // A name alone is too common to flag; name and company together is the same person.
  if (!probe.nameKey.startsWith('|') && !probe.nameKey.endsWith('|') && candidate.nameKey === probe.nameKey) reasons.push('nameCompany');
  return reasons;
}
