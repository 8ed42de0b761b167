/** One email, whatever it came from (an Outlook item, an .eml file, a bundled sample). */
export type MailAddress = { name: string; address: string };

export type MailSourceKind = 'outlook' | 'eml' | 'sample';

export type MailMessage = {
  source: MailSourceKind;
  subject: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** Epoch milliseconds, or null when the message carries no usable date. */
  receivedAt: number | null;
  internetMessageId: string | null;
  conversationId: string | null;
  /** Outlook's item id (EWS format), for "Open in Outlook"; null outside Outlook. */
  itemId: string | null;
  bodyText: string;
  bodyHtml: string | null;
};

/**
 * windows-1258 (and mail from macOS) carries Vietnamese tone marks as combining characters:
 * `Trần` arrives as `Tra` + U+0300 + `n`. Everything downstream (display, search keys,
 * duplicate checks) expects composed text, so adapters normalise to NFC once, here.
 */
export function normalizeMessageText(message: MailMessage): MailMessage {
  const nfc = (text: string) => text.normalize('NFC');
  const address = (a: MailAddress): MailAddress => ({ name: nfc(a.name), address: a.address.trim() });
  return {
    ...message,
    subject: nfc(message.subject),
    from: message.from ? address(message.from) : null,
    to: message.to.map(address),
    cc: message.cc.map(address),
    bodyText: nfc(message.bodyText),
    bodyHtml: message.bodyHtml === null ? null : nfc(message.bodyHtml),
  };
}
