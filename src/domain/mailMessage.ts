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
