import { emailDomain, websiteDomain } from '../email';
import { foldedName } from '../fold';
import { isFreeMailDomain } from '../freeMail';
import type { DuplicateMatch as GenericMatch, DuplicateReason } from '../duplicates';
import type { Account, Contact, Lead } from '../types';

/** What qualifying compares a lead with existing contacts and accounts by. */
export type MatchReason = Extract<DuplicateReason, 'email' | 'phone' | 'name' | 'company' | 'domain'>;
type DuplicateMatch<T> = GenericMatch<T, MatchReason>;

/** Stronger evidence first: an email or phone names one person, a name can be shared. */
export const MATCH_REASON_WEIGHT: Record<MatchReason, number> = { email: 8, phone: 4, domain: 2, company: 2, name: 1 };

/** The company's domain: its website, else the first business (non-free-mail) email domain. */
export function companyDomain(lead: Pick<Lead, 'website' | 'emails'>): string | null {
  const fromSite = websiteDomain(lead.website);
  if (fromSite) return fromSite;
  for (const email of lead.emails) {
    const domain = emailDomain(email.address);
    if (domain && !isFreeMailDomain(domain)) return domain;
  }
  return null;
}

function score(reasons: readonly MatchReason[]): number {
  return reasons.reduce((sum, r) => sum + MATCH_REASON_WEIGHT[r], 0);
}

function ranked<T>(matches: Array<DuplicateMatch<T>>): Array<DuplicateMatch<T>> {
  return matches.sort((a, b) => score(b.reasons) - score(a.reasons));
}

/** Existing contacts that may be the lead's person: same email, phone or folded full name. */
export function matchContacts(lead: Lead, contacts: readonly Contact[]): Array<DuplicateMatch<Contact>> {
  const emails = new Set(lead.emailKeys);
  const phones = new Set(lead.phoneKeys);
  const name = foldedName(lead.fullName);
  const matches: Array<DuplicateMatch<Contact>> = [];
  for (const contact of contacts) {
    if (contact.deletedAt) continue;
    const reasons: MatchReason[] = [];
    if (contact.emailKeys.some((e) => emails.has(e))) reasons.push('email');
    if (contact.phoneKeys.some((p) => phones.has(p))) reasons.push('phone');
    if (name && foldedName(contact.fullName) === name) reasons.push('name');
    if (reasons.length) matches.push({ record: contact, reasons });
  }
  return ranked(matches);
}

/** Existing accounts that may be the lead's company: same folded name or same domain. */
export function matchAccounts(lead: Lead, accounts: readonly Account[]): Array<DuplicateMatch<Account>> {
  const company = foldedName(lead.company);
  const domain = companyDomain(lead);
  const matches: Array<DuplicateMatch<Account>> = [];
  for (const account of accounts) {
    if (account.deletedAt) continue;
    const reasons: MatchReason[] = [];
    if (company && foldedName(account.name) === company) reasons.push('company');
    const accountDomain = account.domain ?? websiteDomain(account.website);
    if (domain && accountDomain === domain) reasons.push('domain');
    if (reasons.length) matches.push({ record: account, reasons });
  }
  return ranked(matches);
}
