import { emailDomain, websiteDomain } from './email';
import { foldedWords } from './fold';

/**
 * The words the leads list finds a lead by besides its name and company (`searchWords`): job
 * title, address and region words, the names in its email and web domains, and every run of 3+
 * digits that ends one of its phone numbers. A prefix look-up on the index of these finds "any run
 * of digits" because every suffix is a key: `7946` is the start of the suffix `7946…`.
 */
export const MIN_PHONE_RUN = 3;

/** Labels of a domain that name nobody: the top level and the generic second levels (`com.vn`). */
const GENERIC_LABELS = new Set(['com', 'net', 'org', 'edu', 'gov', 'co', 'ac', 'info', 'biz', 'www', 'mail']);

/** `mail.hoangphat.com.vn` -> ['hoangphat']: the labels a user would type to mean the company. */
export function domainNameWords(domain: string): string[] {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  return foldedWords(...labels.slice(0, -1).filter((label) => !GENERIC_LABELS.has(label)));
}

/** `84903123456` -> ['84903123456', '4903123456', …, '456']. */
export function digitSuffixes(digits: string): string[] {
  const suffixes: string[] = [];
  for (let start = 0; start + MIN_PHONE_RUN <= digits.length; start++) suffixes.push(digits.slice(start));
  return suffixes;
}

export type FindableFields = {
  jobTitle: string;
  region?: string;
  addresses: readonly { text: string }[];
  emails: readonly { address: string }[];
  website: string;
};

/**
 * The find words of a lead, less those already in its `searchWords` (each word is indexed once).
 * `phoneDigits` are the digit forms of its phones (`phoneForms` in `phone.ts`, parsed once by the
 * caller, which also needs the phone keys).
 */
export function leadFindWords(lead: FindableFields, phoneDigits: readonly string[], searchWords: readonly string[]): string[] {
  const words = new Set(foldedWords(lead.jobTitle, lead.region, ...lead.addresses.map((a) => a.text)));
  for (const email of lead.emails) {
    const domain = emailDomain(email.address);
    if (domain) for (const word of domainNameWords(domain)) words.add(word);
  }
  for (const word of domainNameWords(websiteDomain(lead.website) ?? '')) words.add(word);
  for (const digits of phoneDigits) for (const suffix of digitSuffixes(digits)) words.add(suffix);
  for (const word of searchWords) words.delete(word);
  return [...words];
}

