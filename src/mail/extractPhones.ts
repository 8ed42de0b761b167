import { findNumbers as findWith, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
// The full metadata: it knows each number's type (mobile, fixed line, toll free) for the kind.
import { MAX_PHONE_METADATA } from '../domain/phone-metadata/maxMetadata';
import { foldText } from '../domain/fold';
import type { DraftPhone } from '../domain/leadDraft';
import type { PhoneKind } from '../domain/types';

export type FoundPhone = DraftPhone & { written: string; parsed: boolean };

/** A line longer than this is read only up to here (no signature line is). */
export const MAX_PHONE_LINE_CHARS = 500;

/** North American shape, read in the US when the region is only a guess (Enron-era signatures). */
const NANP = /^(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]\d{4}$/;
/** Extensions libphonenumber does not know: Vietnamese "máy lẻ", German "Durchwahl", French "poste". */
const EXTENSION_AFTER = /^\s{0,3}[,;(–-]?\s{0,3}(?:máy lẻ|ml|nhánh|số lẻ|durchwahl|dw|poste|interno|int|ext|extension|x)\.?\s{0,3}[:.]?\s{0,3}(\d{1,6})\b\)?/iu;

/** Labels before a number, folded (ĐT -> dt, Di động -> di dong, Tél. -> tel), to the kind they announce. */
const LABELS: Array<[RegExp, PhoneKind]> = [
  [/(?:^|[^a-z])(?:fax|f|facsimile|telefax|telecopie|fx)\s*(?:[:.]\s*)?$/, 'fax'],
  [/(?:^|[^a-z])(?:mobile|mob|cell|cellular|cellphone|cell phone|m|c|di dong|dd|hp|handphone|zalo|whatsapp|viber|mobil|mobiel|portable|port|handy|movil|celular|cellulare|gsm|natel|mobile phone|mobiltelefon)\s*(?:[:.]\s*)?$/, 'mobile'],
  [/(?:^|[^a-z])(?:tel|t|phone|ph|p|office|o|direct|dir|direct line|dl|d|work|w|dt|dien thoai|dtcq|hotline|main|switchboard|telephone|telefon|telefono|tlf|tfn|voice|tel\/fax|phone\/fax|landline|b|bureau|buro|zentrale|standard|fixe|tf)\s*(?:[:.]\s*)?$/, 'work'],
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

function findNumbers(text: string, options: { defaultCountry: CountryCode; v2: true }) {
  return findWith(text, options, MAX_PHONE_METADATA);
}

function kindFromType(number: PhoneNumber): PhoneKind {
  const type = number.getType();
  return type === 'MOBILE' ? 'mobile' : 'work';
}

/** `00 44 20...` is `+44 20...`; kept the same length so offsets stay those of the line. */
function internationalPrefix(line: string): string {
  return line.replace(/(^|[^\d+])00(?=[1-9])/g, '$1 +');
}

export type PhoneOptions = { weakRegion?: boolean };

/**
 * Phone numbers on one line, found by libphonenumber-js's own scanner (valid numbers only, so
 * dates, ids and zip codes are not taken), each with its kind from the label before or after
 * it (Tel, M:, Fax, ĐT, Di động, Handy, Tél., Hotline...), else from the number's type, and its
 * extension. `weakRegion`: the region is only a guess, so a North American shape is read in the US.
 */
export function extractPhones(raw: string, region: CountryCode, options: PhoneOptions = {}): FoundPhone[] {
  const line = internationalPrefix(raw.slice(0, MAX_PHONE_LINE_CHARS));
  const found: FoundPhone[] = [];
  let lastEnd = 0;
  const matches = findNumbers(line, { defaultCountry: region, v2: true });
  if (region !== 'US' && region !== 'CA') {
    // A North American shape the region rejects is a US number; one it reads as its own too, when the region is only a guess.
    for (const us of findNumbers(line, { defaultCountry: 'US', v2: true })) {
      if (!NANP.test(line.slice(us.startsAt, us.endsAt).trim())) continue;
      const overlap = matches.findIndex((match) => match.startsAt < us.endsAt && us.startsAt < match.endsAt);
      if (overlap >= 0 && options.weakRegion && !line.slice(us.startsAt, us.endsAt).trim().startsWith('+')) matches.splice(overlap, 1, us);
      else if (overlap < 0) matches.push(us);
    }
    matches.sort((a, b) => a.startsAt - b.startsAt);
  }
  for (const match of matches) {
    const start = match.startsAt;
    const end = match.endsAt;
    const written = line.slice(start, end).trim();
    // Inside a word, URL or email (ids, zip+4 codes) a digit run is not a phone.
    if (/[\p{L}@/_=]$/u.test(line.slice(Math.max(0, start - 1), start)) || /^[\p{L}@_=]/u.test(line.slice(end, end + 1))) continue;
    const before = line.slice(lastEnd, start);
    let extension = match.number.ext ?? undefined;
    let after = line.slice(end);
    const extra = extension ? null : EXTENSION_AFTER.exec(after);
    if (extra?.[1]) {
      extension = extra[1];
      after = after.slice(extra[0].length);
    }
    lastEnd = end + (extra ? extra[0].length : 0);
    const kind = kindFromLabel(before) ?? kindFromTrailingLabel(after) ?? kindFromType(match.number);
    found.push({ number: match.number.number, kind, ...(extension ? { extension } : {}), written, parsed: true });
  }
  return found;
}
