import PostalMime, { type Address } from 'postal-mime';
import { normalizeMessageText, type MailAddress, type MailMessage } from '../domain/mailMessage';
import { MailReadError } from './mailReadError';

/** Larger files are not emails a salesperson opens by hand; refuse them before parsing. */
export const MAX_EML_BYTES = 25 * 1024 * 1024;

function flatten(addresses: Address[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const entry of addresses ?? []) {
    if ('group' in entry && Array.isArray(entry.group)) out.push(...flatten(entry.group));
    else if ('address' in entry && entry.address) out.push({ name: entry.name ?? '', address: entry.address });
  }
  return out;
}

function firstMessageId(header: string | undefined): string | null {
  return header?.match(/<[^>]+>/)?.[0] ?? null;
}

/** How much of the file the "is this an email?" check reads. */
const SNIFF_BYTES = 64 * 1024;
/** Bytes no text mail carries: NUL and the C0 controls other than tab, LF, FF and CR (and ESC, used by ISO-2022-JP). */
const isBinaryByte = (byte: number) => byte < 0x09 || byte === 0x0b || (byte >= 0x0e && byte < 0x20 && byte !== 0x1b);
/** The first line of a message: a header field (`Received: …`, printable ASCII name), or an mbox `From ` line. */
const FIRST_LINE = /^(?:[!-9;-~]+:|From )/;

/**
 * Whether the bytes can be a message at all: text (no NUL or stray control bytes in the first
 * 64 KB) that starts with a header line. postal-mime parses anything, so a PNG renamed `.eml` would
 * otherwise open as an email with "no sender".
 */
export function looksLikeEmail(raw: ArrayBuffer | Uint8Array | string): boolean {
  let text: string;
  if (typeof raw === 'string') {
    text = raw.slice(0, SNIFF_BYTES);
    for (let i = 0; i < text.length; i++) if (isBinaryByte(text.charCodeAt(i))) return false;
  } else {
    const bytes = raw instanceof Uint8Array ? raw.subarray(0, SNIFF_BYTES) : new Uint8Array(raw, 0, Math.min(raw.byteLength, SNIFF_BYTES));
    for (const byte of bytes) if (isBinaryByte(byte)) return false;
    text = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  }
  const firstLine = text.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').replace(/^[\r\n\t ]+/, '').split(/\r?\n/, 1)[0] ?? '';
  return FIRST_LINE.test(firstLine);
}

/**
 * What some tools write before the headers, which a parser would read as headers or as their end:
 * a byte order mark, blank lines, and an mbox `From ` separator line.
 */
function withoutLeadingNoise(raw: ArrayBuffer | Uint8Array | string): ArrayBuffer | Uint8Array | string {
  if (typeof raw === 'string') return raw.replace(/^\uFEFF?[\r\n]*(?:From [^\n]*\n)?/, '');
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x0d || bytes[start] === 0x0a)) start++;
  if (new TextDecoder('latin1').decode(bytes.subarray(start, start + 5)) === 'From ') {
    const newline = bytes.indexOf(0x0a, start);
    start = newline < 0 ? bytes.length : newline + 1;
  }
  return start ? bytes.subarray(start) : raw;
}

/**
 * Parses a raw RFC 822 message with postal-mime, which decodes transfer encodings and
 * charsets (windows-1258, iso-8859-1, ...) through the platform's TextDecoder.
 */
export async function parseEml(raw: ArrayBuffer | Uint8Array | string, source: 'eml' | 'sample' = 'eml'): Promise<MailMessage> {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size > MAX_EML_BYTES) throw new MailReadError('emlTooLarge', `${size} bytes`);
  if (size === 0) throw new MailReadError('emlUnreadable', 'empty file');
  if (!looksLikeEmail(raw)) throw new MailReadError('emlNotEmail');
  let email;
  try {
    email = await PostalMime.parse(withoutLeadingNoise(raw));
  } catch (error) {
    throw new MailReadError('emlUnreadable', error instanceof Error ? error.message : String(error));
  }
  const headers = new Map(email.headers.map((h) => [h.key.toLowerCase(), h.value] as const));
  if (!email.from && !email.subject && !email.text && !email.html && !headers.size) {
    throw new MailReadError('emlUnreadable', 'no headers or body');
  }
  const date = email.date ? Date.parse(email.date) : NaN;
  const messageId = email.messageId ?? null;
  // Outside Exchange there is no conversationId; the thread's first message id plays its part.
  const conversationId = firstMessageId(headers.get('references')) ?? firstMessageId(headers.get('in-reply-to')) ?? messageId;
  const from = email.from && 'address' in email.from && email.from.address ? { name: email.from.name ?? '', address: email.from.address } : null;
  return normalizeMessageText({
    source,
    subject: email.subject ?? '',
    from,
    to: flatten(email.to),
    cc: flatten(email.cc),
    receivedAt: Number.isNaN(date) ? null : date,
    internetMessageId: messageId,
    conversationId,
    itemId: null,
    bodyText: email.text ?? '',
    bodyHtml: email.html ?? null,
  });
}
