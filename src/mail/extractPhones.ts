import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { foldText } from '../domain/fold';
import type { DraftPhone } from '../domain/leadDraft';
import type { PhoneKind } from '../domain/types';

export type FoundPhone = DraftPhone & { written: string; parsed: boolean };

/** A run of digits with the separators people write: `+84 28 3822 1234`, `(028) 3822 1234`, `713-853-7041`. */
const PHONE_CANDIDATE = /(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\+?\d{1,4}\)[\s.-]?)?\d{1,8}(?:[\s.-]{1,2}\d{1,8}){0,5}(?!\d)/g;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
/** North American shape, tried as US when the default region rejects it (Enron-era signatures). */
const NANP = /^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/;

/** Labels before a number, folded (ĐT -> dt, Di động -> di dong), to the kind they announce. */
const LABELS: Array<[RegExp, PhoneKind]> = [
  [/(?:^|[^a-z])(?:fax|f|facsimile)\s*(?:[:.]\s*)?$/, 'fax'],
  [/(?:^|[^a-z])(?:mobile|mob|cell|cellphone|cell phone|m|c|di dong|dd|hp|handphone|zalo|whatsapp|mobil|portable|handy)\s*(?:[:.]\s*)?$/, 'mobile'],
  [/(?:^|[^a-z])(?:tel|t|phone|ph|p|office|o|direct|dir|d|work|w|dt|dien thoai|dtcq|hotline|main|switchboard|telephone|voice|tel\/fax|phone\/fax|landline|b)\s*(?:[:.]\s*)?$/, 'work'],
];

function kindFromLabel(before: string): PhoneKind | null {
  const tail = before.trimEnd().slice(-3);
  if (/📱/u.test(tail)) return 'mobile';
  if (/📠/u.test(tail)) return 'fax';
  if (/[📞☎]/u.test(tail)) return 'work';
  const label = foldText(before).replace(/[|•·,;/]\s*$/, '').trimEnd();
  for (const [pattern, kind] of LABELS) if (pattern.test(label)) return kind;
  return null;
}

/** A label written after the number: `713-853-7041 (office)`, `415-505-6633 (cell)`, `x 0903 123 456 (Zalo)`. */
function kindFromTrailingLabel(after: string): PhoneKind | null {
  const match = /^\s*[([]\s*([^)\]]{1,15})[)\]]/.exec(after) ?? /^\s*[-–]\s*(\p{L}[\p{L} ]{0,12})\b/u.exec(after);
  return match?.[1] ? kindFromLabel(match[1]) : null;
}

function isVietnameseMobile(e164: string): boolean {
  return /^\+84[35789]\d{8}$/.test(e164);
}

/**
 * Phone numbers on one line, each with its kind from the label before it (Tel, M:, Fax, ĐT,
 * Di động, Hotline...), normalised to E.164 with libphonenumber-js, or kept as written.
 */
export function extractPhones(line: string, region: CountryCode): FoundPhone[] {
  const found: FoundPhone[] = [];
  let lastEnd = 0;
  for (const match of line.matchAll(PHONE_CANDIDATE)) {
    let written = match[0].trim();
    while (/[\s.-]$/.test(written)) written = written.slice(0, -1);
    const start = match.index ?? 0;
    const digits = written.replace(/\D/g, '');
    const before = line.slice(lastEnd, start);
    lastEnd = start + match[0].length;
    if (digits.length < 7 || digits.length > 15 || DATE_LIKE.test(written) || /\d[:]\d/.test(written)) continue;
    // Inside a word, URL or email (ids, zip+4 codes) a digit run is not a phone.
    if (/[\p{L}@/_=]$/u.test(line.slice(0, start)) && !/\+$/.test(line.slice(0, start))) continue;
    let parsed = parsePhoneNumberFromString(written, region);
    if ((!parsed || !parsed.isValid()) && NANP.test(written)) parsed = parsePhoneNumberFromString(written, 'US');
    const valid = parsed !== undefined && parsed.isValid();
    const number = valid && parsed ? parsed.number : written;
    const kind = kindFromLabel(before) ?? kindFromTrailingLabel(line.slice(start + match[0].length)) ?? (valid && isVietnameseMobile(number) ? 'mobile' : valid ? 'work' : 'other');
    if (!valid && digits.length < 8) continue;
    found.push({ number, kind, written, parsed: valid });
  }
  return found;
}
