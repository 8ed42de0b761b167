import type { EmailLabel, PhoneKind } from '../domain/types';
import { canonicalEncoding, decodeBytes, type EncodingName } from './encoding';
import { addressText, composeFullName, emptyImportRecord, holdsSomeone, type ImportRecord, type ImportRowError, type ReadResult } from './importRecord';
import { dedupeContacts, emailLabelOfLabel, phoneKindOfLabel } from './table';

/**
 * vCard 2.1, 3.0 and 4.0 (RFC 2425/2426/6350 and the 2.1 specification), written here because
 * the maintained parsers checked (ical.js, vcf, vcard4) read 3.0/4.0 text but not 2.1's
 * QUOTED-PRINTABLE with CHARSET, bare TYPE parameters or soft line breaks, and all of them unfold
 * after decoding, which breaks a fold that splits a UTF-8 character.
 *
 * The reader works on bytes: line ends (LF, CRLF, CR, CR CR LF) and folds are undone before any
 * decoding, so a multi-byte character split by a fold comes back whole; then the file's encoding
 * is detected once and each value decoded with its own CHARSET when it names one.
 */

type Property = { group: string; name: string; params: Map<string, string[]>; raw: Uint8Array; line: number };

export type VcardResult = ReadResult & { encoding: EncodingName };

const LF = 0x0a;
const CR = 0x0d;

/** Splits bytes into physical lines on LF, CRLF, CR or CR CR LF. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    if (byte === LF || byte === CR) {
      lines.push(bytes.subarray(start, index));
      if (byte === CR && bytes[index + 1] === CR && bytes[index + 2] === LF) index += 3;
      else if (byte === CR && bytes[index + 1] === LF) index += 2;
      else index += 1;
      start = index;
    } else index += 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] ?? new Uint8Array();
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const ascii = new TextDecoder('latin1');

function startsWithCi(line: Uint8Array, prefix: string): boolean {
  if (line.length < prefix.length) return false;
  return ascii.decode(line.subarray(0, prefix.length)).toUpperCase() === prefix;
}

/** Index of the colon that ends the name and parameters (a quoted parameter value may hold one). */
function valueColon(line: Uint8Array): number {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const byte = line[index];
    if (byte === 0x22) quoted = !quoted;
    else if (byte === 0x3a && !quoted) return index;
  }
  return -1;
}

/**
 * Logical lines: a line starting with space or tab continues the previous one (RFC 6350 drops
 * that one character; 2.1 folds at white space and keeps it), and a QUOTED-PRINTABLE value ending
 * in "=" continues on the next line whatever it starts with.
 */
function unfold(lines: Uint8Array[]): Array<{ bytes: Uint8Array; line: number }> {
  const logical: Array<{ parts: Uint8Array[]; line: number; qp: boolean; v21: boolean }> = [];
  let v21 = false;
  lines.forEach((line, index) => {
    const last = logical[logical.length - 1];
    const continuesQp = last?.qp && (last.parts[last.parts.length - 1]?.at(-1) === 0x3d);
    if (last && continuesQp) {
      const previous = last.parts[last.parts.length - 1] ?? new Uint8Array();
      last.parts[last.parts.length - 1] = previous.subarray(0, previous.length - 1);
      last.parts.push(line[0] === 0x20 || line[0] === 0x09 ? line.subarray(1) : line);
      return;
    }
    if (last && (line[0] === 0x20 || line[0] === 0x09) && !(last.qp && line.length > 0 && isBlank(line))) {
      last.parts.push(last.v21 && !last.qp ? line : line.subarray(1));
      return;
    }
    if (startsWithCi(line, 'BEGIN:VCARD')) v21 = false;
    if (startsWithCi(line, 'VERSION:2.1')) v21 = true;
    const colon = valueColon(line);
    const head = colon >= 0 ? ascii.decode(line.subarray(0, colon)).toUpperCase() : '';
    logical.push({ parts: [line], line: index + 1, qp: /QUOTED-PRINTABLE/.test(head), v21 });
  });
  return logical.map((entry) => ({ bytes: concat(entry.parts), line: entry.line }));
}

function isBlank(line: Uint8Array): boolean {
  return line.every((byte) => byte === 0x20 || byte === 0x09);
}

/** Parameters in all three versions: `TYPE=work,voice`, `TYPE=work;TYPE=voice`, 2.1's bare `WORK;VOICE`, quoted values. */
function parseParams(text: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      pieces.push(current);
      current = '';
    } else current += char;
  }
  pieces.push(current);
  for (const piece of pieces) {
    if (!piece) continue;
    const equals = piece.indexOf('=');
    const name = (equals >= 0 ? piece.slice(0, equals) : 'TYPE').trim().toUpperCase();
    const rawValue = equals >= 0 ? piece.slice(equals + 1) : piece;
    const values = splitParamValues(rawValue);
    params.set(name, [...(params.get(name) ?? []), ...values]);
  }
  return params;
}

function splitParamValues(raw: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of raw) {
    if (char === '"') {
      quoted = !quoted;
      continue;
    }
    if (char === ',' && !quoted) {
      values.push(current.trim());
      current = '';
    } else current += char;
  }
  values.push(current.trim());
  return values.filter(Boolean);
}

function parseProperty(bytes: Uint8Array, line: number): Property | null {
  const colon = valueColon(bytes);
  if (colon < 0) return null;
  const head = ascii.decode(bytes.subarray(0, colon));
  const semicolon = head.indexOf(';');
  const nameWithGroup = (semicolon >= 0 ? head.slice(0, semicolon) : head).trim();
  const dot = nameWithGroup.lastIndexOf('.');
  return {
    group: dot >= 0 ? nameWithGroup.slice(0, dot).toLowerCase() : '',
    name: (dot >= 0 ? nameWithGroup.slice(dot + 1) : nameWithGroup).toUpperCase(),
    params: parseParams(semicolon >= 0 ? head.slice(semicolon + 1) : ''),
    raw: bytes.subarray(colon + 1),
    line,
  };
}

function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0x3d && index + 2 < bytes.length + 0) {
      const hex = ascii.decode(bytes.subarray(index + 1, index + 3));
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        index += 2;
        continue;
      }
    }
    out.push(byte);
  }
  return new Uint8Array(out);
}

function paramValues(property: Property, name: string): string[] {
  return property.params.get(name) ?? [];
}

function types(property: Property): string[] {
  return paramValues(property, 'TYPE').map((value) => value.toLowerCase());
}

/** A value's text: QUOTED-PRINTABLE undone, decoded with its CHARSET or the file's encoding. */
function valueText(property: Property, fileEncoding: EncodingName): string {
  const encoding = (paramValues(property, 'ENCODING')[0] ?? '').toUpperCase();
  const bytes = encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(property.raw) : property.raw;
  const charset = paramValues(property, 'CHARSET')[0];
  const chosen = (charset && canonicalEncoding(charset)) || (encoding === 'QUOTED-PRINTABLE' ? decodeBytes(bytes).encoding : fileEncoding);
  return new TextDecoder(chosen).decode(bytes).normalize('NFC');
}

/** Text escapes of 3.0/4.0 (`\n`, `\,`, `\;`, `\\`), split on unescaped `separator` when given. */
function unescapeParts(text: string, separator: ';' | ',' | null): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\' && index + 1 < text.length) {
      const next = text[index + 1] ?? '';
      current += next === 'n' || next === 'N' ? '\n' : next;
      index += 1;
    } else if (separator && char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

const PHONE_TYPE_KINDS: Array<[RegExp, PhoneKind]> = [
  [/^fax$/, 'fax'],
  [/^(cell|mobile|iphone)$/, 'mobile'],
  [/^home$/, 'home'],
  [/^(work|main)$/, 'work'],
  [/^(pager|car|isdn|video|bbs|modem|textphone|text|voice|msg|other)$/, 'other'],
];

function phoneKind(typeList: readonly string[], label: string | null): PhoneKind {
  if (label) return phoneKindOfLabel(label);
  for (const [pattern, kind] of PHONE_TYPE_KINDS) {
    if (kind === 'other') continue;
    if (typeList.some((type) => pattern.test(type))) return kind;
  }
  return typeList.some((type) => /^(pager|car|isdn|video|other)$/.test(type)) ? 'other' : 'work';
}

function emailLabel(typeList: readonly string[], label: string | null): EmailLabel {
  if (label) return emailLabelOfLabel(label);
  if (typeList.includes('home')) return 'home';
  if (typeList.includes('work')) return 'work';
  return typeList.includes('other') ? 'other' : 'work';
}

/** Apple's X-ABLabel values: "_$!<Mobile>!$_" for its own labels, plain text for the user's. */
function abLabel(text: string): string {
  const own = /^_\$!<(.+)>!\$_$/.exec(text.trim());
  return (own?.[1] ?? text).trim();
}

function photoOf(property: Property, text: string): ImportRecord['photo'] {
  const encoding = (paramValues(property, 'ENCODING')[0] ?? '').toUpperCase();
  const valueType = (paramValues(property, 'VALUE')[0] ?? '').toLowerCase();
  const compact = text.replace(/\s+/g, '');
  const dataUri = /^data:([^;,]+)?(;base64)?,(.*)$/i.exec(compact);
  if (dataUri) return dataUri[2] ? { mediaType: dataUri[1] ?? 'image/jpeg', base64: dataUri[3] ?? '' } : null;
  if (encoding === 'B' || encoding === 'BASE64' || (valueType === 'binary')) {
    const type = (types(property).find((t) => /^(jpeg|jpg|png|gif|bmp|image\/.+)$/.test(t)) ?? 'jpeg').replace(/^image\//, '');
    return compact ? { mediaType: `image/${type === 'jpg' ? 'jpeg' : type}`, base64: compact } : null;
  }
  return null;
}

function recordFromCard(properties: Property[], row: number, fileEncoding: EncodingName): ImportRecord {
  const record = emptyImportRecord(row);
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.name === 'X-ABLABEL' && property.group) labels.set(property.group, abLabel(valueText(property, fileEncoding)));
  }
  let role = '';
  let kindOrg = false;
  const notes: string[] = [];
  const ordered = [...properties].sort((a, b) => prefRank(a) - prefRank(b));
  for (const property of ordered) {
    const label = property.group ? (labels.get(property.group) ?? null) : null;
    switch (property.name) {
      case 'FN':
        record.fullName ||= unescapeParts(valueText(property, fileEncoding), null)[0] ?? '';
        break;
      case 'N': {
        const [family = '', given = '', middle = '', prefix = '', suffix = ''] = unescapeParts(valueText(property, fileEncoding), ';');
        record.familyName ||= family;
        record.givenName ||= given;
        record.middleName ||= middle.replace(/,/g, ' ').trim();
        record.prefix ||= prefix;
        record.suffix ||= suffix;
        break;
      }
      case 'NICKNAME':
        record.nickname ||= unescapeParts(valueText(property, fileEncoding), ',')[0] ?? '';
        break;
      case 'ORG': {
        const [company = '', ...units] = unescapeParts(valueText(property, fileEncoding), ';');
        record.company ||= company;
        record.department ||= units.filter(Boolean).join(', ');
        break;
      }
      case 'TITLE':
        record.jobTitle ||= unescapeParts(valueText(property, fileEncoding), null)[0] ?? '';
        break;
      case 'ROLE':
        role ||= unescapeParts(valueText(property, fileEncoding), null)[0] ?? '';
        break;
      case 'EMAIL': {
        const address = unescapeParts(valueText(property, fileEncoding), null)[0]?.replace(/^mailto:/i, '') ?? '';
        if (address) record.emails.push({ address, label: emailLabel(types(property), label) });
        break;
      }
      case 'TEL': {
        const number = (unescapeParts(valueText(property, fileEncoding), null)[0] ?? '').replace(/^tel:/i, '');
        if (number) record.phones.push({ number, kind: phoneKind(types(property), label) });
        break;
      }
      case 'ADR': {
        const [poBox = '', extended = '', street = '', city = '', state = '', postalCode = '', country = ''] = unescapeParts(valueText(property, fileEncoding), ';');
        const streetText = [street, extended].filter(Boolean).join(', ').replace(/\s*\n\s*/g, ', ');
        const text = addressText({ street: streetText, poBox, city, state, postalCode, country });
        const typeList = types(property);
        const kind = label ? phoneKindOfLabel(label) : typeList.includes('home') ? 'home' : typeList.includes('work') ? 'work' : 'other';
        if (text) record.addresses.push({ label: kind === 'home' || kind === 'work' ? kind : 'other', street: streetText, city, state, postalCode, country, text });
        break;
      }
      case 'URL':
        record.website ||= unescapeParts(valueText(property, fileEncoding), null)[0] ?? '';
        break;
      case 'NOTE': {
        const note = unescapeParts(valueText(property, fileEncoding), null)[0] ?? '';
        if (note) notes.push(note);
        break;
      }
      case 'PHOTO':
        record.photo ||= photoOf(property, ascii.decode(property.raw));
        break;
      case 'KIND':
        kindOrg = /^org/i.test(valueText(property, fileEncoding).trim());
        break;
      case 'X-ABSHOWAS':
        kindOrg ||= /^company$/i.test(valueText(property, fileEncoding).trim());
        break;
      default:
        break;
    }
  }
  record.jobTitle ||= role;
  record.notes = notes.join('\n');
  // An organisation's card (vCard 4 KIND:org, Apple's "show as company") names the company in FN.
  if (kindOrg && !record.company) record.company = record.fullName;
  if (kindOrg && record.fullName === record.company && !record.givenName && !record.familyName) record.fullName = '';
  if (!record.fullName && !kindOrg) record.fullName = composeFullName(record, false);
  dedupeContacts(record);
  return record;
}

/** PREF=1 (4.0) or TYPE=pref (2.1/3.0) first, the rest in file order (sort is stable). */
function prefRank(property: Property): number {
  if (types(property).includes('pref')) return 0;
  const pref = Number(paramValues(property, 'PREF')[0]);
  return Number.isFinite(pref) && pref > 0 ? pref / 1000 : 1;
}

/** Whether the decoded start of a file is a vCard. */
export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, ''));
}

/** Reads every card of a .vcf file. A card that holds no one, or is cut off, is reported and skipped. */
export function readVcards(input: Uint8Array, encoding?: EncodingName): VcardResult {
  const records: ImportRecord[] = [];
  const errors: ImportRowError[] = [];
  let bytes = input;
  let fileEncoding: EncodingName;
  if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff || encoding?.startsWith('utf-16')) {
    // UTF-16 vCards (Windows Contacts can write them): decode first, then read the text as UTF-8 bytes.
    const decoded = decodeBytes(bytes, encoding);
    fileEncoding = decoded.encoding;
    bytes = new TextEncoder().encode(decoded.text);
    return { ...readUnfolded(unfold(splitLines(bytes)), 'utf-8', records, errors), encoding: fileEncoding };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const logical = unfold(splitLines(bytes));
  if (encoding) fileEncoding = canonicalEncoding(encoding) ?? 'utf-8';
  else {
    // Detect on the unfolded values that carry no QUOTED-PRINTABLE or base64 of their own.
    const heads = logical.map(({ bytes: line }) => ascii.decode(line.subarray(0, Math.max(0, valueColon(line)))));
    const plain = logical.filter((_, index) => !/QUOTED-PRINTABLE|ENCODING=B|BASE64/i.test(heads[index] ?? ''));
    // 2.1 cards name the charset of their 8-bit values (CHARSET=SHIFT_JIS); short values are too little for a detector.
    const named = heads.map((head) => /;CHARSET=([^;:]+)/i.exec(head)?.[1]).find((charset) => charset && canonicalEncoding(charset));
    fileEncoding = (named && canonicalEncoding(named)) || decodeBytes(concat(plain.flatMap(({ bytes: line }) => [line, new Uint8Array([LF])]))).encoding;
  }
  return { ...readUnfolded(logical, fileEncoding, records, errors), encoding: fileEncoding };
}

function readUnfolded(logical: Array<{ bytes: Uint8Array; line: number }>, fileEncoding: EncodingName, records: ImportRecord[], errors: ImportRowError[]): ReadResult {
  let card: Property[] | null = null;
  let cardNumber = 0;
  for (const { bytes, line } of logical) {
    if (bytes.length === 0 || isBlank(bytes)) continue;
    const property = parseProperty(bytes, line);
    if (!property) {
      if (card) errors.push({ row: cardNumber, message: `Line ${line} is not a vCard property and was skipped` });
      continue;
    }
    const value = ascii.decode(property.raw).trim().toUpperCase();
    if (property.name === 'BEGIN' && value === 'VCARD') {
      if (card) errors.push({ row: cardNumber, message: 'Card has no END:VCARD before the next card' });
      if (card) finishCard(card, cardNumber, fileEncoding, records, errors);
      cardNumber += 1;
      card = [];
    } else if (property.name === 'END' && value === 'VCARD') {
      if (card) finishCard(card, cardNumber, fileEncoding, records, errors);
      card = null;
    } else if (card) {
      card.push(property);
    }
  }
  if (card) {
    errors.push({ row: cardNumber, message: 'The last card has no END:VCARD; what it holds was read' });
    finishCard(card, cardNumber, fileEncoding, records, errors);
  }
  if (cardNumber === 0) errors.push({ row: 0, message: 'No BEGIN:VCARD in the file' });
  return { records, errors };
}

function finishCard(card: Property[], cardNumber: number, fileEncoding: EncodingName, records: ImportRecord[], errors: ImportRowError[]): void {
  const record = recordFromCard(card, cardNumber, fileEncoding);
  if (holdsSomeone(record)) records.push(record);
  else errors.push({ row: cardNumber, message: 'No name, company, e-mail or phone in this card' });
}
