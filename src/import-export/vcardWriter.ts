import { splitName } from '../domain/fileAs';
import type { AddressLabel, EmailLabel, PhoneKind } from '../domain/types';

/**
 * vCard 3.0 out (RFC 2426), the version Outlook, Apple, Google and phones all import: one file of
 * many cards, CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, text
 * escaped (`\\`, `\,`, `\;`, `\n`), photos inline as base64.
 */

export type VcardContact = {
  fullName: string;
  company: string;
  jobTitle: string;
  emails: ReadonlyArray<{ address: string; label: EmailLabel }>;
  phones: ReadonlyArray<{ number: string; kind: PhoneKind }>;
  addresses: ReadonlyArray<{ text: string; label: AddressLabel }>;
  website: string;
  notes: string;
  /** City / province; written as the address locality when there is no address. */
  region?: string;
  photo?: { mediaType: string; base64: string } | null;
};

export const VCARD_MEDIA_TYPE = 'text/vcard;charset=utf-8';

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const PHONE_TYPES: Record<PhoneKind, string> = { work: 'WORK,VOICE', mobile: 'CELL,VOICE', home: 'HOME,VOICE', fax: 'WORK,FAX', other: 'OTHER,VOICE' };

export function vcardOf(contact: VcardContact): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:3.0'];
  const name = contact.fullName.trim() || contact.company.trim();
  const parts = contact.fullName.trim() ? splitName(contact.fullName) : { family: '', given: '', middle: '' };
  lines.push(`FN:${escapeText(name)}`);
  lines.push(`N:${[parts.family, parts.given, parts.middle, '', ''].map(escapeText).join(';')}`);
  if (contact.company.trim()) lines.push(`ORG:${escapeText(contact.company.trim())}`);
  if (!contact.fullName.trim() && contact.company.trim()) lines.push('X-ABShowAs:COMPANY');
  if (contact.jobTitle.trim()) lines.push(`TITLE:${escapeText(contact.jobTitle.trim())}`);
  contact.emails.forEach((email, index) => {
    const types = ['INTERNET', email.label === 'home' ? 'HOME' : email.label === 'work' ? 'WORK' : null, index === 0 ? 'PREF' : null].filter(Boolean).join(',');
    lines.push(`EMAIL;TYPE=${types}:${escapeText(email.address)}`);
  });
  contact.phones.forEach((phone, index) => lines.push(`TEL;TYPE=${PHONE_TYPES[phone.kind]}${index === 0 ? ',PREF' : ''}:${escapeText(phone.number)}`));
  const addresses = contact.addresses.filter((a) => a.text.trim());
  addresses.forEach((address) => {
    const type = address.label === 'home' ? 'HOME' : address.label === 'work' ? 'WORK' : 'POSTAL';
    // A lead's address is one text: it goes in the street part, so every reader shows it whole.
    lines.push(`ADR;TYPE=${type}:;;${escapeText(address.text.trim())};;;;`);
  });
  if (addresses.length === 0 && contact.region?.trim()) lines.push(`ADR;TYPE=WORK:;;;${escapeText(contact.region.trim())};;;`);
  if (contact.website.trim()) lines.push(`URL:${escapeText(contact.website.trim())}`);
  if (contact.notes.trim()) lines.push(`NOTE:${escapeText(contact.notes)}`);
  if (contact.photo?.base64) {
    const type = contact.photo.mediaType.replace(/^image\//, '').toUpperCase();
    lines.push(`PHOTO;ENCODING=b;TYPE=${type === 'JPG' ? 'JPEG' : type}:${contact.photo.base64}`);
  }
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Many contacts, one file. */
export function toVcards(contacts: Iterable<VcardContact>): string {
  let text = '';
  for (const contact of contacts) text += vcardOf(contact);
  return text;
}
