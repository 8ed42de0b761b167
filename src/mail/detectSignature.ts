import { foldText } from '../domain/fold';
import { looksLikePersonName } from './personName';
import { CODE_FENCE, MOBILE_FOOTER } from './quotePatterns';
import { COMPANY_WORDS, CONTACT_LINE, DASH_NAME_LINE, SIGNATURE_DELIMITER, TITLE_WORDS, isBareSignOffLine, isSignOffLine, trimChars } from './signaturePatterns';

/** A signature longer than this (non-blank lines) is more likely content that only looks like one. */
export const MAX_SIGNATURE_LINES = 16;
/** A sign-off or name starts a signature only near the end of the reply. */
export const SIGN_OFF_TAIL_LINES = 12;
/** Longer lines are prose, not signature lines (postal addresses and disclaimers excepted after `--`). */
export const MAX_SIGNATURE_LINE_CHARS = 100;

/** Short replies that look like a capitalised name but are not one. */
const NOT_NAMES = new Set(
  ['yes', 'no', 'ok', 'okay', 'done', 'sure', 'great', 'cool', 'agreed', 'nice', 'perfect', 'hi', 'hello', 'bye', 'please', 'fine', 'noted', 'thanks', 'attachment', 'attachments', 'see below', 'see attached', 'regards', 'best', 'approved', 'fyi', 'pls', 'asap', 'hey'].map(foldText),
);

export type SignatureKind = 'delimiter' | 'signOff' | 'dashName' | 'name' | 'contactBlock' | 'mobileFooter';

export type SignatureSplit = {
  bodyLines: string[];
  signatureLines: string[];
  kind: SignatureKind | null;
};

const PHONE_OR_EMAIL = /\+?\(?\d{2,4}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}|@[\w-]+\.\w{2,}/;

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** A line that could sit in a signature: short, not a question, not a long sentence. */
function isSignatureish(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  if (text.length > MAX_SIGNATURE_LINE_CHARS) return false;
  if (/\?\s*$/.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > 8 && /[.!:]$/.test(text) && !CONTACT_LINE.test(text)) return false;
  return true;
}

/** True when the tail from `start` is short and made of signature-like lines (until a `--`). */
function tailFits(lines: string[], start: number, strict: boolean): boolean {
  let count = 0;
  let afterDelimiter = false;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line)) continue;
    count += 1;
    if (/^\s*--\s*$/.test(line)) afterDelimiter = true;
    if (!afterDelimiter && strict && !isSignatureish(line) && !MOBILE_FOOTER.test(line)) return false;
    if (line.trim().length > 200) return false;
  }
  return count <= MAX_SIGNATURE_LINES;
}

function nonBlankAfter(lines: string[], start: number): string[] {
  return lines.slice(start + 1).filter((line) => !isBlank(line));
}

/** Words of the sender's name, folded, used to recognise a bare name line ("Phillip", "An"). */
function nameMatches(line: string, senderNames: string[]): boolean {
  const folded = foldText(trimChars(line.trim().replace(/^[-–—~*]+\s*/, ''), ',.!').trim());
  if (!folded || senderNames.length === 0) return false;
  // Initials: "PKA" or "pa" for Phillip K Allen.
  const initials = senderNames.map((name) => name.charAt(0)).join('');
  const firstLast = `${initials.charAt(0)}${initials.charAt(initials.length - 1)}`;
  if (/^[a-z]{2,4}$/.test(folded) && senderNames.length >= 2 && (folded === initials || folded === firstLast)) return true;
  const words = folded.split(/\s+/);
  if (words.length > 4) return false;
  return words.some((word) => word.length >= 2 && senderNames.some((name) => name === word || (word.length >= 3 && name.startsWith(word))));
}

/** The line is the sender's whole name ("Sara Shackleton"), so it signs even without a blank line above. */
function isFullName(line: string, senderNames: string[]): boolean {
  const words = foldText(line.trim()).split(/\s+/).filter((word) => word.length > 1);
  const known = senderNames.filter((name) => name.length > 1);
  return words.length >= 2 && known.length >= 2 && known.every((name) => words.includes(name));
}

/** Everyday words that make a short capitalised line a phrase ("Sounds Good", "See You Soon"), not a name. */
const PHRASE_WORDS = new Set(
  ['sounds', 'good', 'see', 'you', 'soon', 'let', 'me', 'know', 'thank', 'please', 'call', 'will', 'do', 'talk', 'later', 'tomorrow', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'meeting', 'happy', 'holidays', 'congratulations', 'welcome', 'the', 'and', 'of', 'to', 'in', 'for', 'is', 'it', 'all', 'no', 'not', 'yes', 'ok', 'great', 'job', 'work', 'attached', 'below', 'above', 'here', 'there', 'what', 'when', 'where', 'why', 'how'].map(foldText),
);

function looksLikeNameLine(line: string): boolean {
  const text = line.trim().replace(/,$/, '');
  if (/[.!?]$/.test(text) && !/\b\p{Lu}\.$/u.test(text)) return false;
  const words = foldText(text).split(/\s+/);
  if (words.some((word) => PHRASE_WORDS.has(word))) return false;
  return looksLikePersonName(text) && !NOT_NAMES.has(foldText(text)) && words.length <= 4 && !TITLE_WORDS.test(text) && !COMPANY_WORDS.test(text);
}

/**
 * Finds the sender's sign-off and signature block at the end of the reply (which must already be
 * free of quoted text, so a quoted person's signature is never taken for the sender's).
 * `senderNames`: folded words of the sender's display name, to recognise a bare name line.
 */
export function detectSignature(input: string[], senderNames: string[] = []): SignatureSplit {
  const lines = [...input];
  while (lines.length && isBlank(lines[lines.length - 1])) lines.pop();
  const firstContent = lines.findIndex((line) => !isBlank(line));
  if (firstContent < 0) return { bodyLines: [], signatureLines: [], kind: null };
  const fenced = new Set<number>();
  let inFence = false;
  lines.forEach((line, index) => {
    if (CODE_FENCE.test(line)) inFence = !inFence;
    if (inFence || CODE_FENCE.test(line)) fenced.add(index);
  });
  let tailLines = 0;
  const candidates: Array<{ index: number; kind: SignatureKind }> = [];
  const consider = (index: number, kind: SignatureKind): void => {
    candidates.push({ index, kind });
  };
  for (let index = lines.length - 1; index >= firstContent; index -= 1) {
    const line = lines[index] ?? '';
    if (isBlank(line)) continue;
    tailLines += 1;
    if (tailLines > MAX_SIGNATURE_LINES + 2) break;
    if (fenced.has(index)) break;
    const previousBlank = isBlank(lines[index - 1]) || index === 0;
    const after = nonBlankAfter(lines, index);
    const isFirst = index === firstContent;
    if (/^\s*--\s*$/.test(line)) {
      if (tailFits(lines, index, false) && after.length > 0) consider(index, 'delimiter');
      continue;
    }
    if (SIGNATURE_DELIMITER.test(line)) {
      const firstAfter = after[0] ?? '';
      if (after.length > 0 && tailFits(lines, index, true) && (looksLikeNameLine(firstAfter) || after.some((text) => CONTACT_LINE.test(text)) || nameMatches(firstAfter, senderNames))) {
        consider(index, 'delimiter');
      }
      continue;
    }
    if (isFirst) continue;
    if (tailLines <= 3 && MOBILE_FOOTER.test(line) && after.every((text) => MOBILE_FOOTER.test(text) || isSignatureish(text))) {
      consider(index, 'mobileFooter');
      continue;
    }
    if (tailLines > SIGN_OFF_TAIL_LINES) continue;
    // A bare sign-off with nothing under it ("Thanks!") closes the body: a signature names someone.
    if (isSignOffLine(line)) {
      if ((after.length > 0 || !isBareSignOffLine(line)) && tailFits(lines, index, true)) consider(index, 'signOff');
      continue;
    }
    if (DASH_NAME_LINE.test(line) && tailLines <= 8 && tailFits(lines, index, true)) {
      consider(index, 'dashName');
      continue;
    }
    // The sender's own name (or initials) alone on a line closes the message, blank line above or not.
    if (nameMatches(line, senderNames) && (previousBlank || tailLines === 1 || isFullName(line, senderNames)) && line.trim().split(/\s+/).length <= 4 && !/[.?!:]$/.test(line.trim()) && tailFits(lines, index, true)) {
      consider(index, 'name');
      continue;
    }
    if (!previousBlank || !tailFits(lines, index, true)) continue;
    // A block of contact details with no name (company, street, phone) at the end of the reply.
    const block = [line, ...after];
    const contactLines = block.filter((text) => CONTACT_LINE.test(text) || COMPANY_WORDS.test(text) || TITLE_WORDS.test(text)).length;
    const opensBlock = line.trim().length <= 60 && isSignatureish(line) && (CONTACT_LINE.test(line) || COMPANY_WORDS.test(line) || TITLE_WORDS.test(line));
    if (opensBlock && block.length >= 2 && block.length <= 8 && !block.some(isSignOffLine) && block.some((text) => PHONE_OR_EMAIL.test(text)) && contactLines * 2 >= block.length && block.every((text) => text.trim().length <= 80)) {
      consider(index, 'contactBlock');
      continue;
    }
    if (looksLikeNameLine(line)) {
      const contactish = after.filter((text) => CONTACT_LINE.test(text) || TITLE_WORDS.test(text) || COMPANY_WORDS.test(text)).length;
      // A lone capitalised line at the very end ("Vince") is a sign-off name; a block needs contact lines.
      if ((after.length === 0 && line.trim().split(/\s+/).length <= 3) || contactish > 0) consider(index, after.length === 0 ? 'name' : 'contactBlock');
    }
  }
  // The earliest start wins: "Best regards," above a `--` block takes both.
  const found = candidates.reduce<{ index: number; kind: SignatureKind } | null>((best, next) => (!best || next.index < best.index ? next : best), null);
  if (!found) return { bodyLines: lines, signatureLines: [], kind: null };
  const bodyLines = lines.slice(0, found.index);
  while (bodyLines.length && isBlank(bodyLines[bodyLines.length - 1])) bodyLines.pop();
  return { bodyLines, signatureLines: lines.slice(found.index), kind: found.kind };
}
