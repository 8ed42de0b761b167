import { readFile } from 'node:fs/promises';
import type { LeadDraft } from '../src/domain/leadDraft';
import type { MailMessage } from '../src/domain/mailMessage';
import { draftFromMessage } from '../src/mail/draftFromMessage';
import { parseEml } from '../src/office/parseEml';

/** One output line of `npm run extract`. */
export type ExtractRecord = {
  file: string;
  fullName: string | null;
  jobTitle: string | null;
  company: string | null;
  emails: string[];
  phones: Array<{ number: string; kind: 'work' | 'mobile' | 'fax' | 'other' }>;
  website: string | null;
  address: string | null;
  replyText: string;
  signatureText: string | null;
  error?: string;
};

/** Header names that show a file starts with an RFC 822 header block rather than a body. */
const KNOWN_HEADERS = /^(?:from|to|cc|subject|date|message-id|mime-version|content-type|content-transfer-encoding|received|return-path|delivered-to|reply-to|x-[\w-]+|in-reply-to|references|sender|thread-topic|thread-index|dkim-signature|arc-[\w-]+|authentication-results|importance|user-agent)$/i;

/**
 * True when the text opens with a header block: consecutive `Name: value` lines (with folded
 * continuations) up to a blank line, at least two of them known header names.
 */
export function looksLikeRfc822(text: string): boolean {
  const lines = text.replace(/\r\n?/g, '\n').split('\n', 80);
  let known = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') return index > 0 && known >= 2;
    if (/^[ \t]/.test(line) && index > 0) continue;
    const header = /^([!-9;-~]+):/.exec(line);
    if (!header) return false;
    // "Sent:" belongs to Outlook's quoted header block, never to a real RFC 822 header.
    if (/^sent$/i.test(header[1] ?? '')) return false;
    if (KNOWN_HEADERS.test(header[1] ?? '')) known += 1;
  }
  return known >= 2;
}

function emptyRecord(file: string): ExtractRecord {
  return { file, fullName: null, jobTitle: null, company: null, emails: [], phones: [], website: null, address: null, replyText: '', signatureText: null };
}

function bodyOnlyMessage(text: string): MailMessage {
  return { source: 'eml', subject: '', from: null, to: [], cc: [], receivedAt: null, internetMessageId: null, conversationId: null, itemId: null, bodyText: text, bodyHtml: null };
}

/** Enron-style exports carry the display name in X-From when From: is a bare address. */
function xFromName(raw: string): string | null {
  const head = raw.slice(0, 20_000).replace(/\r\n?/g, '\n').split('\n\n', 1)[0] ?? '';
  const match = /^X-From:[ \t]*(.*(?:\n[ \t].*)*)/im.exec(head);
  const value = match?.[1]?.replace(/\n[ \t]+/g, ' ').trim();
  return value ? value : null;
}

/** The text after the header block, for a message postal-mime refuses. */
function bodyAfterHeaders(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  const gap = normalised.indexOf('\n\n');
  return gap >= 0 ? normalised.slice(gap + 2) : '';
}

export function recordFromDraft(file: string, draft: LeadDraft): ExtractRecord {
  return {
    file,
    fullName: draft.fullName?.value ?? null,
    jobTitle: draft.jobTitle?.value ?? null,
    company: draft.company?.value ?? null,
    emails: draft.emails.map((email) => email.value),
    phones: draft.phones.map((phone) => ({ number: phone.value.number, kind: phone.value.kind === 'home' ? 'other' : phone.value.kind })),
    website: draft.website?.value ?? null,
    address: draft.address?.value ?? null,
    replyText: draft.replyText,
    signatureText: draft.signatureText,
  };
}

/** Reads one file (an .eml / RFC 822 message, or a plain body) and extracts its lead fields. */
export async function extractFile(file: string): Promise<ExtractRecord> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ...emptyRecord(file), error: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  try {
    const latin = bytes.toString('latin1');
    const isMessage = looksLikeRfc822(latin);
    if (!isMessage && bytes.includes(0)) return { ...emptyRecord(file), error: 'not an email (binary content)' };
    let message: MailMessage;
    if (isMessage) {
      message = await parseEml(new Uint8Array(bytes)).catch(() => bodyOnlyMessage(bodyAfterHeaders(bytes.toString('utf8'))));
      const xFrom = xFromName(latin);
      if (message.from && !message.from.name.trim() && xFrom) message = { ...message, from: { ...message.from, name: xFrom } };
    } else {
      message = bodyOnlyMessage(bytes.toString('utf8'));
    }
    return recordFromDraft(file, draftFromMessage(message));
  } catch (error) {
    return { ...emptyRecord(file), error: error instanceof Error ? error.message : String(error) };
  }
}
