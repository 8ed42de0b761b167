import { ADDRESS_ATTRIBUTION, ATTRIBUTION_END, ATTRIBUTION_LINE, ATTRIBUTION_LOOSE, ATTRIBUTION_OPENERS, CODE_FENCE, FROM_LINE, HEADER_LINE, MOBILE_FOOTER, RULE_LINE, SEPARATOR_LINE } from './quotePatterns';

/** What kind of boundary ended the sender's own text. */
export type QuoteBoundary = 'attribution' | 'headerBlock' | 'separator' | 'notesHeader' | 'quoteMarks' | 'none';

export type QuoteSplit = {
  /** The sender's own lines, in order, quoted lines and attribution removed. */
  replyLines: string[];
  boundary: QuoteBoundary;
  /** Index in the input lines where quoted history starts (lines.length when none). */
  quoteStart: number;
};

/** How far below a From: line the other header keys may appear (Outlook wraps long To: lists). */
const HEADER_WINDOW = 6;
/** Lines joined when an attribution is wrapped ("On Mon, ... John Smith <\njohn@x.com> wrote:"). */
const ATTRIBUTION_MAX_LINES = 3;
const QUOTE_MARK = /^\s*>/;
/** A quoted line this long was probably wrapped by the client, so the next unmarked line continues it. */
export const WRAPPED_QUOTE_CHARS = 60;
const DATE_OR_TIME = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** "On ... wrote:" on this line, or wrapped over the next one or two; returns the lines it spans. */
function attributionSpan(lines: string[], index: number): number {
  let joined = '';
  for (let span = 1; span <= ATTRIBUTION_MAX_LINES && index + span - 1 < lines.length; span += 1) {
    const line = lines[index + span - 1] ?? '';
    if (span > 1 && isBlank(line)) return 0;
    if (span === 2) {
      // A wrapped attribution starts like one; a sentence that ends above "On ... wrote:" does not.
      const first = (lines[index] ?? '').trim();
      if (/[.!?]$/.test(first) || !(ATTRIBUTION_OPENERS.test(first) || DATE_OR_TIME.test(first))) return 0;
    }
    joined = span === 1 ? line.trim() : `${joined} ${line.trim()}`;
    if (joined.length > 400) return 0;
    // Every attribution ends with a colon, dashes or the verb: skip the costly patterns otherwise.
    if (!ATTRIBUTION_END.test(joined)) continue;
    const dated = DATE_OR_TIME.test(joined);
    const addressed = joined.includes('@') || /<[^<>]+>/.test(joined);
    if (ATTRIBUTION_LINE.test(joined)) {
      // A bare "wrote:" line in prose is not an attribution: it must open like one or name a date or address.
      const first = (lines[index] ?? '').trim();
      if (ATTRIBUTION_OPENERS.test(first) || dated || addressed) return span;
      return 0;
    }
    if (dated && addressed && (ATTRIBUTION_LOOSE.test(joined) || ADDRESS_ATTRIBUTION.test(joined))) return span;
  }
  return 0;
}

/** A From: line followed closely by at least one other header key (Sent:, To:, Subject:...). */
function isHeaderBlock(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (!FROM_LINE.test(line)) return false;
  // Some clients flatten the block onto one line: "From: John Sent: Monday To: Lan Subject: Hi".
  if (/\s(?:sent|date|gesendet|envoyé|enviado|gửi)\s?:.*\s(?:to|an|à|para|đến|subject|betreff|objet|asunto|chủ đề)\s?:/iu.test(line)) return true;
  let keys = 0;
  for (let next = index + 1; next < lines.length && next <= index + HEADER_WINDOW; next += 1) {
    if (HEADER_LINE.test(lines[next] ?? '')) keys += 1;
    if (keys >= 1 && next > index + 1 && isBlank(lines[next])) break;
  }
  return keys >= 1;
}

/**
 * Lotus Notes and some Outlook versions write `Name@ORG` / `Name <x@y> on 10/10/2000 01:42 PM`
 * above a `To:` / `cc:` / `Subject:` block with no From: key.
 */
function notesHeaderStart(lines: string[], index: number): number {
  const line = lines[index] ?? '';
  if (!/^\s*To\s*:/i.test(line)) return -1;
  let keys = 0;
  for (let next = index + 1; next < lines.length && next <= index + HEADER_WINDOW; next += 1) {
    if (/^\s*(?:cc|bcc|subject)\s*:/i.test(lines[next] ?? '')) keys += 1;
  }
  if (keys === 0) return -1;
  // Walk up over the sender and date lines, and the whitespace-only lines Notes puts between them.
  let start = index;
  let blanks = 0;
  for (let prev = index - 1; prev >= 0 && prev >= index - 6; prev -= 1) {
    const text = lines[prev] ?? '';
    if (isBlank(text)) {
      blanks += 1;
      if (blanks > 2) break;
      continue;
    }
    if (DATE_OR_TIME.test(text) || /@/.test(text) || /\bon\b.*\d/.test(text)) {
      start = prev;
      blanks = 0;
    } else break;
  }
  // Without a sender line above, a To:/cc:/Subject: block is history only below some new text;
  // at the very top it is more likely a memo ("To: All employees / Subject: ...").
  if (start === index && !lines.slice(0, index).some((text) => !isBlank(text))) return -1;
  return start;
}

/** Sent:/Date: keys (in the common languages) between two line indexes. */
function hasDateKey(lines: string[], from: number, to: number): boolean {
  return lines.slice(from, to + 1).some((line) => /^\s*[*_]{0,2}(?:sent|date|gesendet|datum|envoyé|enviado|fecha|inviato|data|verzonden|skickat|sendt|lähetetty|отправлено|дата|wysłano|gửi|ngày gửi|ngày)[*_]{0,2}\s?[*_]{0,2}\s*:/iu.test(line));
}

/** Walks back from a header block over a rule line or a dashed separator right above it. */
function extendUp(lines: string[], index: number): number {
  let start = index;
  for (let prev = index - 1; prev >= 0 && prev >= index - 3; prev -= 1) {
    const text = lines[prev] ?? '';
    if (isBlank(text)) continue;
    if (RULE_LINE.test(text) || SEPARATOR_LINE.test(text) || /^\s*[-_=*]{2,}\s*$/.test(text) || HEADER_LINE.test(text)) start = prev;
    else break;
  }
  return start;
}

/**
 * Splits plain text into the sender's own lines and the quoted history below them. The first
 * hard boundary (attribution, header block, separator) ends the reply; `>` lines are dropped,
 * and unquoted text between `>` runs is kept, so inline and bottom-posted replies survive.
 */
export function removeQuotedText(lines: string[]): QuoteSplit {
  let inFence = false;
  const reply: string[] = [];
  let sawQuoteMarks = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (CODE_FENCE.test(line)) inFence = !inFence;
    if (inFence) {
      reply.push(line);
      continue;
    }
    const span = attributionSpan(lines, index);
    if (span > 0) {
      let next = index + span;
      while (next < lines.length && isBlank(lines[next])) next += 1;
      if (next < lines.length && QUOTE_MARK.test(lines[next] ?? '')) {
        // "On ... wrote:" over `>` lines: the quote ends where the marks end, replies may follow.
        sawQuoteMarks = true;
        index = index + span - 1;
        continue;
      }
      return { replyLines: reply, boundary: 'attribution', quoteStart: index };
    }
    if (SEPARATOR_LINE.test(line)) return { replyLines: reply, boundary: 'separator', quoteStart: index };
    if (isHeaderBlock(lines, index)) {
      const start = extendUp(lines, index);
      // At the very top with no Sent:/Date: key, "From / To / Subject" is a memo's heading, not history.
      if (!lines.slice(0, start).some((text) => !isBlank(text)) && !hasDateKey(lines, start, index + HEADER_WINDOW)) {
        reply.push(line);
        continue;
      }
      return { replyLines: trimTail(reply, index - start, lines, start), boundary: 'headerBlock', quoteStart: start };
    }
    const notesStart = notesHeaderStart(lines, index);
    if (notesStart >= 0) {
      return { replyLines: reply.slice(0, Math.max(0, reply.length - (index - notesStart))), boundary: 'notesHeader', quoteStart: notesStart };
    }
    if (QUOTE_MARK.test(line)) {
      sawQuoteMarks = true;
      continue;
    }
    // A line glued under a long `>` line is the quote's own text, wrapped by the quoting client;
    // under a short one ("> Hi") it is the answer of a bottom-posted reply.
    const above = lines[index - 1] ?? '';
    if (index > 0 && QUOTE_MARK.test(above) && above.length >= WRAPPED_QUOTE_CHARS && !isBlank(line)) continue;
    reply.push(line);
    if (MOBILE_FOOTER.test(line) && lines.slice(index + 1).some((rest) => !isBlank(rest))) {
      // Mobile clients put their footer right above the quoted original, often with no header.
      return { replyLines: reply, boundary: 'separator', quoteStart: index + 1 };
    }
  }
  return { replyLines: reply, boundary: sawQuoteMarks ? 'quoteMarks' : 'none', quoteStart: lines.length };
}

/** Drops the reply lines that belong to the quote's opening (rule lines above a header block). */
function trimTail(reply: string[], extra: number, lines: string[], start: number): string[] {
  if (extra <= 0) return reply;
  // Only the non-blank, non-quote lines between start and the From: line were pushed to reply.
  let drop = 0;
  for (let index = start; index < start + extra; index += 1) if (!QUOTE_MARK.test(lines[index] ?? '')) drop += 1;
  return reply.slice(0, Math.max(0, reply.length - drop));
}
