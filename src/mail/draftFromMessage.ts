import { emailDomain, isValidEmail, normalizeEmail } from '../domain/email';
import { companyFromDomain } from '../domain/freeMail';
import { emptyDraft, type LeadDraft } from '../domain/leadDraft';
import type { MailMessage } from '../domain/mailMessage';

/**
 * Turns a message into lead suggestions from its sender. The signature and reply-text work
 * lives beside this module and enriches the draft; this is the part every message has.
 */
export function draftFromMessage(message: MailMessage): LeadDraft {
  const draft = emptyDraft();
  draft.replyText = message.bodyText;
  const from = message.from;
  if (!from || !isValidEmail(from.address)) {
    draft.notes.push('noSender');
    return draft;
  }
  const address = normalizeEmail(from.address);
  const fromLine = from.name ? `${from.name} <${from.address}>` : from.address;
  draft.emails.push({ value: address, origin: 'sender', line: fromLine, confidence: 1 });
  const name = from.name.trim().replace(/^["']|["']$/g, '');
  if (name && normalizeEmail(name) !== address) {
    draft.fullName = { value: name, origin: 'sender', line: fromLine, confidence: 0.9 };
  } else {
    const local = address.split('@')[0] ?? '';
    const guess = local
      .split(/[._-]+/)
      .filter((part) => /^\p{L}+$/u.test(part))
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(' ');
    if (guess) draft.fullName = { value: guess, origin: 'sender', line: fromLine, confidence: 0.3 };
  }
  const domain = emailDomain(address);
  const company = domain ? companyFromDomain(domain) : null;
  if (company) draft.company = { value: company, origin: 'domain', line: fromLine, confidence: 0.4 };
  return draft;
}
