import { duplicateNameKey, leadSearchKeys, type LeadInput } from './lead';

export type DuplicateReason = 'email' | 'phone' | 'nameCompany';

/** What a new or edited lead is compared by: the same keys the indexes hold. */
export type DuplicateProbe = { emailKeys: string[]; phoneKeys: string[]; nameKey: string };

export type DuplicateMatch = {
  recordType: 'lead' | 'contact';
  id: string;
  name: string;
  company: string;
  reasons: DuplicateReason[];
};

export function duplicateProbe(input: Pick<LeadInput, 'fullName' | 'company' | 'emails' | 'phones'>): DuplicateProbe {
  const keys = leadSearchKeys(input);
  return { emailKeys: keys.emailKeys, phoneKeys: keys.phoneKeys, nameKey: duplicateNameKey(input.fullName, input.company) };
}

/** Why a stored record matches the probe (empty: it does not). */
export function duplicateReasons(
  probe: DuplicateProbe,
  candidate: { emailKeys: readonly string[]; phoneKeys: readonly string[]; nameKey: string },
): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (candidate.emailKeys.some((e) => probe.emailKeys.includes(e))) reasons.push('email');
  if (candidate.phoneKeys.some((p) => probe.phoneKeys.includes(p))) reasons.push('phone');
  // A name alone is too common to flag; name and company together is the same person.
  if (!probe.nameKey.startsWith('|') && !probe.nameKey.endsWith('|') && candidate.nameKey === probe.nameKey) reasons.push('nameCompany');
  return reasons;
}
