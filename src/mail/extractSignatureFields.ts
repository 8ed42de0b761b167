import type { CountryCode } from 'libphonenumber-js/core';
import { foldText } from '../domain/fold';
import type { LeadDraft, Suggestion } from '../domain/leadDraft';
import { extractPhones, type PhoneOptions } from './extractPhones';
import { looksLikePersonName } from './personName';
import { COMPANY_WORDS, CONTACT_LINE, SIGNATURE_DELIMITER, SPACES, TITLE_WORDS, isSignOffLine, trimChars } from './signaturePatterns';
import { MOBILE_FOOTER } from './quotePatterns';

/** Confidence of values read from a signature, by how they were recognised. */
export const SIGNATURE_CONFIDENCE = { labelled: 0.85, pattern: 0.7, positional: 0.55 } as const;

export type SignatureFields = Pick<LeadDraft, 'fullName' | 'jobTitle' | 'company' | 'emails' | 'phones' | 'website' | 'address'>;

// Starts only where a run of address characters starts, so a long run is not rescanned from each character.
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /(?<![@\p{L}\p{N}.-])(?:https?:\/\/[^\s<>()"']+|www\.[^\s<>()"']+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|vn|io|co|biz|info|us|uk|de|fr|jp|sg|au|ca|asia|edu|gov)(?:\.[a-z]{2})?(?:\/[^\s<>()"']*)?)(?![\p{L}\p{N}@])/giu;
const SOCIAL = /(?:linkedin|facebook|twitter|x|instagram|youtube|zalo|t\.me|github)\.(?:com|me)\b/i;

/** Vietnamese address words (folded) and Western street / city-ZIP shapes. */
const VN_ADDRESS = /(?:^|[\s,.(])(?:so|duong|pho|phuong|quan|huyen|tinh|thanh pho|tp|q|p|ngo|ngach|hem|kiet|toa nha|lau|tang|khu pho|thi xa|xa|ward|district|ha noi|hanoi|ho chi minh|hcm|da nang|viet nam|vietnam)(?:[\s.,:]|$)/;
const WESTERN_STREET = /^\s*(?:\d[\w-]*\s+(?:[\p{L}\d.'-]+\s+){0,5}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|square|sq|parkway|pkwy|highway|hwy|suite|ste|floor|fl|plaza|terrace|circle|allee|strasse|straße|rue|via|calle)\b|p\.?\s?o\.?\s+box\b|(?:suite|ste|floor|fl)\.?\s+\d+)/iu;
// The city is bounded ({1,60}): unbounded, a long run of capitalised words was rescanned from each word.
const CITY_ZIP = /\b\p{Lu}[\p{L}.' -]{1,60},\s*(?:[A-Z]{2}|\p{Lu}\p{Ll}+)\.?\s+\d{5}(?:-\d{4})?\b|\b\d{4,5}\s+\p{Lu}\p{Ll}+|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/u;
const ADDRESS_LABEL = /^\s*(?:address|addr|add|địa chỉ|đ\/c|đc|adresse|anschrift|dirección|office)\s*[:.]\s*/iu;

/** A signature line longer than this is read only up to here (no field is that long). */
export const MAX_FIELD_LINE_CHARS = 500;

function suggestion<T>(value: T, line: string, confidence: number): Suggestion<T> {
  return { value, origin: 'signature', line: line.trim(), confidence };
}

function isAddressLine(line: string): boolean {
  if (ADDRESS_LABEL.test(line) && !/^\s*office\s*[:.]\s*[\d+(]/i.test(line)) return true;
  const folded = foldText(line);
  if (WESTERN_STREET.test(line) || CITY_ZIP.test(line)) return true;
  return VN_ADDRESS.test(folded) && (/\d/.test(line) || line.includes(',')) && extractPhones(line, 'VN').length === 0;
}

function cleanValue(text: string): string {
  return trimChars(text, `${SPACES}|•·,;:–—-`);
}

/**
 * "Vice President, Research" is one title: a comma splits off only a company ("Sales Director,
 * Contoso Ltd", "Giám đốc, Công ty ABC"), so the title keeps its own commas.
 */
function splitAtCompanyComma(part: string): string[] {
  const pieces = part.split(',');
  const at = pieces.findIndex((piece, index) => index > 0 && COMPANY_WORDS.test(piece));
  if (at < 0) return [part];
  return [pieces.slice(0, at).join(','), pieces.slice(at).join(',')];
}

/** Splits "Sales Director | Contoso Ltd", "CEO at Pandaland", "Giám đốc - Công ty ABC" into title and company. */
function splitTitleLine(line: string): { title: string; company: string | null } {
  // Each separator starts where a space run starts (the lookbehind), so a run is scanned once.
  const parts = line
    .split(/(?<!\s)\s+(?:at|@|tại)\s+|(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[–—-]\s+/u)
    .flatMap(splitAtCompanyComma)
    .map(cleanValue)
    .filter(Boolean);
  const titleIndex = parts.findIndex((part) => TITLE_WORDS.test(part));
  const title = parts[titleIndex] ?? cleanValue(line);
  const rest = parts.filter((_, index) => index !== titleIndex);
  const company = rest.find((part) => COMPANY_WORDS.test(part)) ?? (/\s(?:at|@|tại)\s/u.test(line) ? rest[0] ?? null : null);
  return { title, company };
}

function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/** The name closing a sign-off line ("Thanks, John Smith!" -> "John Smith"): up to three capitalised words after a comma, dot, ! or space. */
function nameAfterSignOff(line: string): string | null {
  const text = trimEnd(line.trimEnd(), `${SPACES},.!`);
  const words = text.split(/\s+/);
  const name: string[] = [];
  while (name.length < 3 && words.length > 1 && CAPITALISED_WORD.test(words[words.length - 1] ?? '')) name.unshift(words.pop() ?? '');
  if (name.length === 0) return null;
  // The word before the name ends the phrase; a comma glued to the name's first word separates them too.
  return name.join(' ');
}

/** Removes a phone/email/web label so a line's text can be judged (`Email: a@b.c` -> ``). */
function stripContacts(line: string): string {
  return line.replace(EMAIL, '').replace(URL, '').replace(/\+?\(?\d[\d\s().-]{6,}\d/g, '');
}

/**
 * Reads name, title, company, phones, emails, website and postal address from the lines of
 * the sender's signature. `domainCompany` (from the sender's domain) helps recognise the
 * company line; the caller falls back to it when the signature names none.
 */
export function extractSignatureFields(signatureLines: string[], region: CountryCode, domainCompany: string | null, phoneOptions: PhoneOptions = {}): SignatureFields {
  const fields: SignatureFields = { fullName: null, jobTitle: null, company: null, emails: [], phones: [], website: null, address: null };
  const seenPhones = new Set<string>();
  const addressLines: string[] = [];
  let addressDone = false;
  const domainKey = domainCompany ? foldText(domainCompany).replace(/\s+/g, '') : null;
  let previousWasTitle = false;
  let previousWasSignOff = false;
  let previousWasName = false;
  let companyGuess: Suggestion<string> | null = null;
  for (const raw of signatureLines) {
    const line = raw.slice(0, MAX_FIELD_LINE_CHARS).trim();
    if (!line || SIGNATURE_DELIMITER.test(line) || MOBILE_FOOTER.test(line)) {
      if (addressLines.length) addressDone = true;
      previousWasTitle = false;
      continue;
    }
    for (const phone of extractPhones(line, region, phoneOptions)) {
      if (seenPhones.has(phone.number)) continue;
      seenPhones.add(phone.number);
      const confidence = phone.parsed ? SIGNATURE_CONFIDENCE.labelled : SIGNATURE_CONFIDENCE.positional;
      fields.phones.push(suggestion({ number: phone.number, kind: phone.kind, ...(phone.extension ? { extension: phone.extension } : {}) }, line, confidence));
    }
    for (const email of line.match(EMAIL) ?? []) {
      if (!fields.emails.some((known) => known.value === email.toLowerCase())) fields.emails.push(suggestion(email.toLowerCase(), line, SIGNATURE_CONFIDENCE.labelled));
    }
    for (const url of line.replace(EMAIL, ' ').match(URL) ?? []) {
      const site = trimEnd(url, '.,;:)');
      if (!fields.website || (SOCIAL.test(fields.website.value) && !SOCIAL.test(site))) fields.website = suggestion(site, line, SIGNATURE_CONFIDENCE.pattern);
    }
    // A label is followed by a space or the value, so "S.p.A." keeps its "p.".
    const text = cleanValue(stripContacts(line).replace(/\b(?:tel|phone|mobile|cell|fax|mob|direct|office|email|e-mail|web|website|skype|t|m|f|e|w|p|đt|dđ|điện thoại|di động|hotline|handy|portable|tél)\s*[:.](?=\s|$|[\d+(])/giu, ''));
    if (!addressDone && isAddressLine(line)) {
      addressLines.push(cleanValue(line.replace(ADDRESS_LABEL, '')));
      previousWasTitle = false;
      continue;
    }
    if (addressLines.length) addressDone = true;
    if (!text || CONTACT_LINE.test(text) || text.length > 80) {
      previousWasTitle = false;
      continue;
    }
    const signOff = isSignOffLine(line);
    const underSignOff = previousWasSignOff;
    previousWasSignOff = signOff;
    if (signOff) {
      const named = nameAfterSignOff(line);
      if (named && !fields.fullName && !isSignOffLine(named)) fields.fullName = suggestion(named, line, SIGNATURE_CONFIDENCE.positional);
      continue;
    }
    const bare = text.replace(/^[-–—~]+\s*/, '');
    if (TITLE_WORDS.test(bare) && !fields.jobTitle) {
      const { title, company } = splitTitleLine(bare);
      fields.jobTitle = suggestion(title, line, SIGNATURE_CONFIDENCE.pattern);
      if (company && !fields.company) fields.company = suggestion(company, line, SIGNATURE_CONFIDENCE.pattern);
      previousWasTitle = true;
      continue;
    }
    const foldedCompact = foldText(bare).replace(/\s+/g, '');
    if (!fields.company && (COMPANY_WORDS.test(bare) || (domainKey && domainKey.length >= 3 && foldedCompact.includes(domainKey)))) {
      fields.company = suggestion(bare, line, SIGNATURE_CONFIDENCE.pattern);
      previousWasTitle = false;
      continue;
    }
    if (looksLikePersonName(bare) && bare.split(/\s+/).length >= 2 && (!fields.fullName || fields.fullName.confidence < SIGNATURE_CONFIDENCE.pattern)) {
      fields.fullName = suggestion(bare, line, SIGNATURE_CONFIDENCE.pattern);
      previousWasTitle = false;
      previousWasName = true;
      continue;
    }
    if (previousWasName && !companyGuess && /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 6) {
      // Under the name and not a title: usually the organisation ("Jeff Dasovich / Enron Government Affairs").
      companyGuess = suggestion(bare, line, SIGNATURE_CONFIDENCE.positional);
    }
    previousWasName = false;
    if (underSignOff && !fields.fullName && looksLikePersonName(bare) && !TITLE_WORDS.test(bare)) {
      // "Thanks,\nBob": a lone first name under the sign-off is the sender's, though only half a name.
      fields.fullName = suggestion(bare, line, SIGNATURE_CONFIDENCE.positional);
      continue;
    }
    if (previousWasTitle && !fields.company && /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 6) {
      // The line under a job title is usually the company ("Senior Developer / Example Corp").
      fields.company = suggestion(bare, line, SIGNATURE_CONFIDENCE.positional);
    }
    previousWasTitle = false;
  }
  if (!fields.company && companyGuess && !TITLE_WORDS.test(companyGuess.value)) fields.company = companyGuess;
  if (addressLines.length) fields.address = suggestion(addressLines.join(', '), addressLines.join('\n'), SIGNATURE_CONFIDENCE.pattern);
  return fields;
}
