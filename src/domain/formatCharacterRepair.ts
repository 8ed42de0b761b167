import { withoutFormatCharacters } from './formatCharacters';
import { recleanedLead } from './lead';
import type { Account, Contact, Lead } from './types';

/**
 * Records stored before names, companies and contact details lost their format characters
 * (bidi overrides reorder what is shown, zero-width spaces break the duplicate key and search).
 * Each function returns the record cleaned as a save cleans it now, or `null` when it has none of
 * them, so the schema upgrade rewrites only the few records that need it. Notes keep theirs.
 */
const FORMAT_CHARACTER = /\p{Cf}/u;
const hasAny = (texts: ReadonlyArray<string | undefined | null>): boolean => texts.some((text) => !!text && FORMAT_CHARACTER.test(text));
const clean = (text: string): string => withoutFormatCharacters(text).trim();
const cleanWords = (words: readonly string[]): string[] => [...new Set(words.map(clean).filter(Boolean))];

export function leadWithoutFormatCharacters(stored: Lead): Lead | null {
  // Records written by other code (an import tool, an old backup) may lack the lists: read them as empty.
  const lead: Lead = { ...stored, emails: stored.emails ?? [], phones: stored.phones ?? [], addresses: stored.addresses ?? [], searchWords: stored.searchWords ?? [], emailKeys: stored.emailKeys ?? [] };
  const texts = [
    lead.fullName, lead.jobTitle, lead.company, lead.fileAs, lead.website, lead.source, lead.region,
    ...lead.emails.map((e) => e.address), ...lead.phones.map((p) => p.number), ...lead.addresses.map((a) => a.text),
    ...lead.searchWords, ...lead.emailKeys, ...(lead.findWords ?? []), lead.dupKey, lead.sortName, lead.sortCompany,
  ];
  return hasAny(texts) ? recleanedLead(lead) : null;
}

export function contactWithoutFormatCharacters(contact: Contact): Contact | null {
  const texts = [
    contact.fullName, contact.jobTitle, contact.website, contact.region, ...(contact.emails ?? []).map((e) => e.address), ...(contact.phones ?? []).map((p) => p.number),
    ...(contact.addresses ?? []).map((a) => a.text), ...(contact.searchWords ?? []), ...(contact.emailKeys ?? []),
  ];
  if (!hasAny(texts)) return null;
  return {
    ...contact,
    fullName: clean(contact.fullName),
    jobTitle: clean(contact.jobTitle),
    emails: (contact.emails ?? []).map((e) => ({ ...e, address: clean(e.address) })).filter((e) => e.address),
    phones: (contact.phones ?? []).map((p) => ({ ...p, number: clean(p.number) })).filter((p) => p.number),
    ...(contact.addresses ? { addresses: contact.addresses.map((a) => ({ ...a, text: clean(a.text) })).filter((a) => a.text) } : {}),
    ...(contact.website !== undefined ? { website: clean(contact.website) } : {}),
    ...(contact.region !== undefined ? { region: clean(contact.region) } : {}),
    searchWords: cleanWords(contact.searchWords ?? []),
    emailKeys: cleanWords(contact.emailKeys ?? []),
  };
}

export function accountWithoutFormatCharacters(account: Account): Account | null {
  if (!hasAny([account.name, account.website, account.domain, ...(account.searchWords ?? []), ...(account.phones ?? []).map((p) => p.number)])) return null;
  return {
    ...account,
    name: clean(account.name),
    website: clean(account.website),
    ...(account.domain ? { domain: clean(account.domain) } : {}),
    ...(account.phones ? { phones: account.phones.map((p) => ({ ...p, number: clean(p.number) })).filter((p) => p.number) } : {}),
    searchWords: cleanWords(account.searchWords ?? []),
  };
}
