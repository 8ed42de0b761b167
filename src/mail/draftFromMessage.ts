import type { CountryCode } from 'libphonenumber-js/core';
import { emailDomain, isValidEmail, normalizeEmail } from '../domain/email';
import { foldText } from '../domain/fold';
import { companyFromDomain } from '../domain/freeMail';
import { emptyDraft, type LeadDraft, type Suggestion } from '../domain/leadDraft';
import type { MailMessage } from '../domain/mailMessage';
import { DEFAULT_PHONE_REGION } from '../domain/phone';
import { regionFromAddress } from '../domain/region';
import { detectSignature } from './detectSignature';
import { extractSignatureFields } from './extractSignatureFields';
import { hasQuoteContainer, htmlToReaderText } from './htmlToReaderText';
import { looksLikePersonName, splitPersonName } from './personName';
import { SIGNATURE_DELIMITER, isSignOffLine } from './signaturePatterns';
import { splitDisclaimer } from './splitDisclaimer';
import { parseSenderName } from './parseSenderName';
import { phoneRegionFor } from './phoneRegion';
import { removeQuotedText, type QuoteBoundary } from './removeQuotedText';
import { withoutFormatCharacters, withoutReorderingCharacters } from '../domain/formatCharacters';

/** Plain text scanned for quoted history; a reply sits at the top, so a 5 MB body costs no more. */
export const MAX_SCAN_CHARS = 200_000;
/**
 * A longer line is cut here before any rule sees it: no one writes a 5,000-character line by hand,
 * and with the cap no line of spaces, dashes or `&nbsp;` can cost more than a bounded scan.
 */
export const MAX_LINE_CHARS = 5_000;
/** Reply text kept and analysed after quote removal. */
export const MAX_REPLY_CHARS = 100_000;
/** Confidence of fallbacks that are guesses: company from the domain or the display name. */
export const DOMAIN_COMPANY_CONFIDENCE = 0.4;
export const HINT_COMPANY_CONFIDENCE = 0.6;
/** When the signature repeats the display name, the name is near certain. */
export const CONFIRMED_NAME_CONFIDENCE = 0.95;

/** Why parts of a draft are empty or guessed; the pane turns these codes into messages. */
export type DraftNote =
  | 'noSender'
  | 'emptyBody'
  | 'bodyTruncated'
  | 'htmlBody'
  | 'quoteRemoved'
  | 'noSignature'
  | 'nameGuessed'
  | 'disclaimerRemoved'
  | 'analysisFailed';

export type DraftOptions = { phoneRegion?: CountryCode };

type BodyChoice = { lines: string[]; boundary: QuoteBoundary; html: boolean; truncated: boolean };

/** CRLF and lone CR to LF, NUL and format characters but joiners removed: every later rule works on `\n` lines. */
export function normaliseNewlines(text: string): string {
  // NFC: windows-1258 decodes Vietnamese tone marks as combining characters; rules expect composed text.
  // eslint-disable-next-line no-control-regex -- NUL bytes from broken encoders are removed on purpose
  return withoutReorderingCharacters(text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '')).normalize('NFC');
}

/** `<div><br></div>` and empty paragraphs render as one blank line to a reader, not two. */
function collapseBlankRuns(text: string): string {
  return text.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');
}

function splitBody(text: string): { lines: string[]; boundary: QuoteBoundary; truncated: boolean } {
  const truncated = text.length > MAX_SCAN_CHARS;
  const scanned = normaliseNewlines(truncated ? text.slice(0, MAX_SCAN_CHARS) : text);
  let cut = false;
  const lines = scanned.split('\n').map((line) => {
    if (line.length <= MAX_LINE_CHARS) return line;
    cut = true;
    return line.slice(0, MAX_LINE_CHARS);
  });
  const split = removeQuotedText(lines);
  return { lines: split.replyLines, boundary: split.boundary, truncated: truncated || cut };
}

/**
 * Picks the body to read. Plain text keeps the sender's own lines; HTML wins when there is no
 * text, or when the text shows no quote boundary but the HTML has a quote container.
 */
function chooseBody(message: MailMessage): BodyChoice | null {
  const text = message.bodyText ?? '';
  const html = message.bodyHtml ?? '';
  const hasText = text.trim() !== '';
  const hasHtml = html.trim() !== '';
  if (!hasText && !hasHtml) return null;
  if (hasText) {
    const plain = splitBody(text);
    // Converting the HTML only pays when it shows where the history starts and the text does not.
    if (!hasHtml || plain.boundary !== 'none' || !hasQuoteContainer(html)) return { ...plain, html: false };
    const reader = htmlToReaderText(html);
    const fromHtml = splitBody(collapseBlankRuns(reader.text));
    return { ...fromHtml, boundary: 'quoteMarks', html: true, truncated: fromHtml.truncated || reader.truncated };
  }
  const reader = htmlToReaderText(html);
  const fromHtml = splitBody(collapseBlankRuns(reader.text));
  return { ...fromHtml, boundary: reader.quoteContainer ? 'quoteMarks' : fromHtml.boundary, html: true, truncated: fromHtml.truncated || reader.truncated };
}

function trimBlankEdges(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  // Lines keep their words and breaks as written; only invisible trailing spaces go (as in the answer keys).
  return lines
    .slice(start, end)
    .map((line) => line.trimEnd())
    .join('\n');
}

function capLines(lines: string[]): { lines: string[]; capped: boolean } {
  let total = 0;
  for (let index = 0; index < lines.length; index += 1) {
    total += (lines[index] ?? '').length + 1;
    if (total > MAX_REPLY_CHARS) return { lines: lines.slice(0, index), capped: true };
  }
  return { lines, capped: false };
}

const BLOCK_EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

/**
 * Whether a signature block is the sender's: it carries their email or domain or a word of their
 * name, or it names no one else. A block with only another domain's addresses, or opened by
 * another person's full name, is someone the sender points to ("please contact Peter Cole"),
 * and none of its fields are offered as the sender's.
 */
export function belongsToSender(lines: readonly string[], senderWords: readonly string[], senderAddress: string | null): boolean {
  const text = lines.join('\n').slice(0, 4_000);
  const senderDomain = senderAddress ? emailDomain(senderAddress) : null;
  const domains = [...text.matchAll(BLOCK_EMAIL)].map((match) => (match[1] ?? '').toLowerCase());
  if (senderDomain && domains.includes(senderDomain)) return true;
  const words = new Set(foldText(text).split(/[^\p{L}]+/u).filter(Boolean));
  if (senderWords.some((word) => word.length >= 2 && words.has(word))) return true;
  if (domains.length > 0) return false;
  const firstName = lines.map((line) => line.trim()).find((line) => line && !isSignOffLine(line) && !SIGNATURE_DELIMITER.test(line));
  // A full name (two or more words) that is not the sender's opens another person's block.
  if (firstName && senderWords.length > 0 && looksLikePersonName(firstName) && firstName.split(/\s+/).length >= 2) return false;
  return true;
}

function fillDraft(message: MailMessage, region: CountryCode, draft: LeadDraft): void {
  const from = message.from;
  const address = from && isValidEmail(from.address) ? normalizeEmail(from.address) : null;
  const fromLine = from ? (from.name ? `${from.name} <${from.address}>` : from.address) : null;
  const sender = address ? parseSenderName(withoutFormatCharacters(from?.name ?? '').normalize('NFC'), address) : null;
  if (!address) draft.notes.push('noSender');
  const domain = address ? emailDomain(address) : null;
  const domainCompany = domain ? companyFromDomain(domain) : null;

  const body = chooseBody(message);
  let signatureLines: string[] = [];
  if (!body) {
    draft.notes.push('emptyBody');
  } else {
    if (body.html) draft.notes.push('htmlBody');
    if (body.boundary !== 'none') draft.notes.push('quoteRemoved');
    const capped = capLines(body.lines);
    if (body.truncated || capped.capped) draft.notes.push('bodyTruncated');
    const senderWords = sender?.name ? foldText(sender.name.fullName).split(/\s+/).map((word) => word.replace(/[^\p{L}]/gu, '')).filter(Boolean) : [];
    const footer = splitDisclaimer(capped.lines);
    if (footer.disclaimer.length) draft.notes.push('disclaimerRemoved');
    const split = detectSignature(footer.lines, senderWords);
    draft.replyText = trimBlankEdges(split.bodyLines);
    const signatureText = trimBlankEdges(split.signatureLines);
    draft.signatureText = signatureText || null;
    // Another person's block (a contact the sender points to) is kept as text but never read as the sender's.
    // A name guessed from the address's local part says too little to tell another person's block.
    const ownerWords = sender?.source === 'displayName' ? senderWords : [];
    signatureLines = belongsToSender(split.signatureLines, ownerWords, address) ? split.signatureLines : [];
    if (!signatureText) draft.notes.push('noSignature');
    if (!draft.replyText && !signatureText) draft.notes.push('emptyBody');
  }

  const phoneRegion = phoneRegionFor(signatureLines, domain, `${draft.replyText}\n${draft.signatureText ?? ''}`, region);
  const fields = extractSignatureFields(signatureLines, phoneRegion.region, domainCompany, { weakRegion: phoneRegion.weak });
  // Name: the display name, confirmed by the signature when it repeats it; else the signature's; else a guess.
  // The signature's spelling of the same name wins: mail clients often send "Nguyen Thi Lan" or
  // "JOHN SMITH" in the header while the person signs "Nguyễn Thị Lan", or "Maria Garcia" for
  // "María García Pérez" (one more name, after the header's).
  if (sender?.name && fields.fullName && isFullerSpelling(fields.fullName.value, sender.name.fullName)) {
    const parts = splitPersonName(fields.fullName.value);
    draft.fullName = { ...fields.fullName, confidence: Math.max(fields.fullName.confidence, CONFIRMED_NAME_CONFIDENCE) };
    draft.givenName = parts.givenName;
    draft.familyName = parts.familyName;
  } else if (sender?.name && sender.source === 'displayName') {
    const confirmed = fields.fullName && foldText(fields.fullName.value).includes(foldText(sender.name.givenName ?? sender.name.fullName));
    draft.fullName = { value: sender.name.fullName, origin: 'sender', line: fromLine, confidence: confirmed ? CONFIRMED_NAME_CONFIDENCE : sender.confidence };
    draft.givenName = sender.name.givenName;
    draft.familyName = sender.name.familyName;
  } else if (fields.fullName && fields.fullName.value.split(/\s+/).length >= 2) {
    const parts = splitPersonName(fields.fullName.value);
    draft.fullName = fields.fullName;
    draft.givenName = parts.givenName;
    draft.familyName = parts.familyName;
  } else if (sender?.name) {
    draft.fullName = { value: sender.name.fullName, origin: 'sender', line: fromLine, confidence: sender.confidence };
    draft.givenName = sender.name.givenName;
    draft.familyName = sender.name.familyName;
    draft.notes.push('nameGuessed');
  } else if (fields.fullName) {
    draft.fullName = fields.fullName;
    draft.givenName = fields.fullName.value;
  }
  draft.jobTitle = fields.jobTitle;
  draft.company =
    fields.company ??
    (sender?.companyHint ? { value: sender.companyHint, origin: 'sender', line: fromLine, confidence: HINT_COMPANY_CONFIDENCE } : null) ??
    (domainCompany ? { value: domainCompany, origin: 'domain', line: fromLine, confidence: DOMAIN_COMPANY_CONFIDENCE } : null);
  const emails: Array<Suggestion<string>> = [];
  if (address) emails.push({ value: address, origin: 'sender', line: fromLine, confidence: 1 });
  for (const email of fields.emails) if (!emails.some((known) => known.value === email.value)) emails.push(email);
  draft.emails = emails;
  draft.phones = fields.phones;
  draft.website = fields.website;
  draft.address = fields.address;
  const place = fields.address ? regionFromAddress(fields.address.value) : null;
  draft.region = place && fields.address ? { ...fields.address, value: place } : null;
}

/**
 * Turns a message into lead suggestions: the sender's name and company, the reply without
 * quoted history, and the fields of the sender's own signature. Never throws: bad input gives a
 * (possibly empty) draft with the reasons in `notes`.
 */
export function draftFromMessage(message: MailMessage, options: DraftOptions = {}): LeadDraft {
  const draft = emptyDraft();
  try {
    fillDraft(message, options.phoneRegion ?? DEFAULT_PHONE_REGION, draft);
  } catch {
    // A rule tripping on odd input must not take the pane down: keep what was found, say why.
    draft.notes.push('analysisFailed');
  }
  return draft;
}

/** `signed` is `header` spelled with its diacritics or casing, possibly with one more name after it. */
function isFullerSpelling(signed: string, header: string): boolean {
  if (signed === header) return false;
  const signedWords = foldText(signed).split(/\s+/).filter(Boolean);
  const headerWords = foldText(header).split(/\s+/).filter(Boolean);
  if (headerWords.length < 2 || signedWords.length - headerWords.length > 1 || signedWords.length < headerWords.length) return false;
  return headerWords.every((word, index) => signedWords[index] === word);
}
