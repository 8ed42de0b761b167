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

/**
 * Parses a raw RFC 822 message with postal-mime, which decodes transfer encodings and
 * charsets (windows-1258, iso-8859-1, ...) through the platform's TextDecoder.
 */
export async function parseEml(raw: ArrayBuffer | Uint8Array | string, source: 'eml' | 'sample' = 'eml'): Promise<MailMessage> {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size > MAX_EML_BYTES) throw new MailReadError('emlTooLarge', `${size} bytes`);
  let email;
  try {
    email = await PostalMime.parse(raw);
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
