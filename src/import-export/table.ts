import type { EmailLabel, PhoneKind } from '../domain/types';
import { unneutraliseCell } from './csvWriter';
import { parseFieldKey, type AddressPart, type FieldKey } from './fieldKey';
import { autoMap, foldHeader, matchHeader, recognisedHeaderCount } from './headerMapping';
import { addressText, composeFullName, emptyImportRecord, holdsSomeone, type ImportAddress, type ImportRecord, type ImportRowError, type ReadResult } from './importRecord';

/**
 * Rows of cells (from CSV or a sheet) to import records. Finds the header row (not always the
 * first: LinkedIn writes a "Notes:" preamble above it), maps its headers, or, for headerless
 * positional exports (Palm and hand-made lists), reads each column's kind from its values.
 */

export type TableLayout = {
  /** 0-based index of the header row, or null when the file has none. */
  headerRow: number | null;
  /** One per column: the header text, or "Column N" for a headerless file. */
  headers: string[];
  keys: FieldKey[];
};

const HEADER_SEARCH_ROWS = 30;
const INFER_ROWS = 200;
const EMAIL_LIKE = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const PHONE_LIKE = /^\+?[\d\s().\-/]{6,}(\s*(ext\.?|x|#)\s*\d+)?$/i;
const WEB_LIKE = /^(https?:\/\/|www\.)\S+$/i;

function looksLikeData(cells: readonly string[]): boolean {
  return cells.some((cell) => {
    const value = cell.trim();
    return EMAIL_LIKE.test(value) || (PHONE_LIKE.test(value) && value.replace(/\D/g, '').length >= 6);
  });
}

function nonEmpty(cells: readonly string[]): number {
  return cells.filter((cell) => cell.trim()).length;
}

/** The header row: the first row naming at least two known headers, else one made only of known headers. */
export function findHeaderRow(rows: readonly string[][]): number | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index] ?? [];
    if (!looksLikeData(cells) && recognisedHeaderCount(cells) >= 2) return index;
  }
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index] ?? [];
    const count = nonEmpty(cells);
    if (count === 0) continue;
    if (!looksLikeData(cells) && count === recognisedHeaderCount(cells)) return index;
    return null;
  }
  return null;
}

type ColumnKind = 'email' | 'phone' | 'web' | 'number' | 'text' | 'empty';

function columnKind(rows: readonly string[][], column: number): ColumnKind {
  let count = 0;
  const tally = { email: 0, phone: 0, web: 0, number: 0, spaced: 0 };
  for (const row of rows.slice(0, INFER_ROWS)) {
    const value = row[column]?.trim() ?? '';
    if (!value) continue;
    count += 1;
    const digits = value.replace(/\D/g, '').length;
    if (EMAIL_LIKE.test(value)) tally.email += 1;
    else if (WEB_LIKE.test(value)) tally.web += 1;
    else if (PHONE_LIKE.test(value) && digits >= 6) tally.phone += 1;
    else if (/^\d{3,6}(-\d{3,4})?$/.test(value)) tally.number += 1;
  }
  if (count === 0) return 'empty';
  if (tally.email * 2 > count) return 'email';
  if (tally.web * 2 > count) return 'web';
  if (tally.phone * 2 > count) return 'phone';
  if (tally.number * 2 > count) return 'number';
  return 'text';
}

function mostlySpaced(rows: readonly string[][], column: number): boolean {
  let count = 0;
  let spaced = 0;
  for (const row of rows.slice(0, INFER_ROWS)) {
    const value = row[column]?.trim() ?? '';
    if (!value) continue;
    count += 1;
    if (/\s/.test(value)) spaced += 1;
  }
  return count > 0 && spaced * 2 > count;
}

/**
 * Keys for a headerless file from what its columns hold. A first text column of two-word values
 * is the full name; two one-word columns are Palm's "Last name, First name", followed by title
 * and company; otherwise the next text column is the company. Text after the first e-mail or phone
 * column is the address: street, city, state, postal code (short numbers), country.
 */
export function inferKeys(rows: readonly string[][], width: number): FieldKey[] {
  const kinds = Array.from({ length: width }, (_, column) => columnKind(rows, column));
  const keys: FieldKey[] = kinds.map(() => 'ignore');
  const textColumns = kinds.flatMap((kind, column) => (kind === 'text' ? [column] : []));
  const firstContact = kinds.findIndex((kind) => kind === 'email' || kind === 'phone');
  const before = textColumns.filter((column) => firstContact < 0 || column < firstContact);
  const after = textColumns.filter((column) => firstContact >= 0 && column > firstContact);
  const [first, second] = before;
  let rest: number[];
  if (first !== undefined && second !== undefined && !mostlySpaced(rows, first) && !mostlySpaced(rows, second)) {
    keys[first] = 'familyName';
    keys[second] = 'givenName';
    const [title, company] = before.slice(2);
    if (company !== undefined && title !== undefined) {
      keys[title] = 'jobTitle';
      keys[company] = 'company';
    } else if (title !== undefined) keys[title] = 'company';
    rest = before.slice(4);
  } else {
    if (first !== undefined) keys[first] = 'fullName';
    if (second !== undefined) keys[second] = 'company';
    const third = before[2];
    if (third !== undefined) keys[third] = 'jobTitle';
    rest = before.slice(3);
  }
  const addressParts = ['address.street:work', 'address.city:work', 'address.state:work', 'address.country:work'];
  for (const column of after) {
    const part = addressParts.shift();
    if (part) keys[column] = part;
  }
  for (const column of rest) keys[column] = 'notes';
  let phones = 0;
  kinds.forEach((kind, column) => {
    if (kind === 'email') keys[column] = 'email:work';
    else if (kind === 'web') keys[column] = 'website';
    else if (kind === 'phone') keys[column] = phones++ === 0 ? 'phone:work' : 'phone:other';
    else if (kind === 'number' && column > firstContact && firstContact >= 0) keys[column] = 'address.postalCode:work';
  });
  return dedupeSingleValued(keys);
}

function dedupeSingleValued(keys: FieldKey[]): FieldKey[] {
  const seen = new Set<FieldKey>();
  return keys.map((key) => {
    if (key.startsWith('email') || key.startsWith('phone') || key === 'notes' || key === 'ignore') return key;
    if (seen.has(key)) return 'ignore';
    seen.add(key);
    return key;
  });
}

/** Where the data starts and what each column means. */
export function detectLayout(rows: readonly string[][], customFields: ReadonlyArray<{ id: string; name: string }> = []): TableLayout {
  const headerRow = findHeaderRow(rows);
  if (headerRow !== null) {
    const headers = (rows[headerRow] ?? []).map((cell) => cell.trim());
    return { headerRow, headers, keys: autoMap(headers, customFields) };
  }
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return { headerRow: null, headers: Array.from({ length: width }, (_, index) => `Column ${index + 1}`), keys: inferKeys(rows, width) };
}

/** Vietnamese headers mean a Vietnamese name: family name first when composing it. */
export function familyNameFirst(headers: readonly string[], keys: readonly FieldKey[]): boolean {
  return headers.some((header, index) => keys[index] === 'familyName' && ['ho', 'hodem', 'hovatendem', '姓'].includes(foldHeader(header)));
}

export function phoneKindOfLabel(label: string): PhoneKind {
  const folded = foldHeader(label);
  if (/fax|telecopie/.test(folded)) return 'fax';
  if (/mobile|cell|iphone|didong|handy|portable|携帯|zalo|movil|celular/.test(folded)) return 'mobile';
  if (/home|private|privat|domicile|nha|自宅|personal/.test(folded)) return 'home';
  if (/work|business|office|main|company|coquan|congty|bureau|geschaftlich|勤務先|会社/.test(folded)) return 'work';
  return 'other';
}

export function emailLabelOfLabel(label: string): EmailLabel {
  const folded = foldHeader(label);
  if (/home|personal|private|privat|canhan|自宅/.test(folded)) return 'home';
  if (/work|business|office|coquan|congty|勤務先|会社/.test(folded)) return 'work';
  return folded ? 'other' : 'work';
}

/** Google writes several values in one cell separated by " ::: "; some tools use ";" between e-mails. */
function splitMulti(value: string): string[] {
  return value.split(/\s+:::\s+/).map((part) => part.trim()).filter(Boolean);
}

function splitEmails(value: string): string[] {
  return splitMulti(value).flatMap((part) => {
    const pieces = part.split(/[;,]\s*|\s+/).map((p) => p.trim()).filter(Boolean);
    return pieces.length > 1 && pieces.every((p) => EMAIL_LIKE.test(p)) ? pieces : [part.replace(/^mailto:/i, '')];
  });
}

function stripPrimaryMark(label: string): string {
  return label.replace(/^\*\s*/, '').trim();
}

type Pending = { parts: Partial<Record<AddressPart, string>>; label: string; order: number };

/** Turns one data row into a record under the given keys. */
export function recordFromRow(cells: readonly string[], row: number, layout: Pick<TableLayout, 'headers' | 'keys'>, familyFirst: boolean): ImportRecord {
  const record = emptyImportRecord(row);
  const groupTypes = new Map<string, string>();
  layout.keys.forEach((key, column) => {
    const parsed = parseFieldKey(key);
    const value = cells[column]?.trim() ?? '';
    if (value && (parsed.kind === 'emailType' || parsed.kind === 'phoneType' || parsed.kind === 'addressType')) groupTypes.set(`${parsed.kind}#${parsed.group}`, value);
  });
  const addresses = new Map<string, Pending>();
  const notes: string[] = [];
  const noteColumns = layout.keys.filter((key) => key === 'notes').length;
  layout.keys.forEach((key, column) => {
    // A cell another careful writer (or LeadPane's export) neutralised against formulas reads as written.
    const value = unneutraliseCell(cells[column] ?? '').trim();
    if (!value) return;
    const parsed = parseFieldKey(key);
    switch (parsed.kind) {
      case 'name':
        if (!record[parsed.field]) record[parsed.field] = value;
        return;
      case 'text':
        // A column the user (or a second website column) sent to notes keeps its header as a label.
        if (parsed.field === 'notes') notes.push(noteColumns > 1 && matchHeader(layout.headers[column] ?? '').key !== 'notes' ? `${layout.headers[column] ?? ''}: ${value}` : value);
        else if (!record[parsed.field]) record[parsed.field] = value;
        return;
      case 'email': {
        const labels = parsed.group ? splitMulti(groupTypes.get(`emailType#${parsed.group}`) ?? '') : [];
        splitEmails(value).forEach((address, index) => {
          const label = labels[index] ?? labels[0];
          record.emails.push({ address, label: label ? emailLabelOfLabel(stripPrimaryMark(label)) : parsed.label });
        });
        return;
      }
      case 'phone': {
        const labels = parsed.group ? splitMulti(groupTypes.get(`phoneType#${parsed.group}`) ?? '') : [];
        splitMulti(value).forEach((number, index) => {
          const label = labels[index] ?? labels[0];
          record.phones.push({ number, kind: label ? phoneKindOfLabel(stripPrimaryMark(label)) : parsed.phoneKind });
        });
        return;
      }
      case 'address': {
        const pending = addresses.get(parsed.group) ?? { parts: {}, label: parsed.group, order: column };
        pending.parts[parsed.part] = pending.parts[parsed.part] ? `${pending.parts[parsed.part]}, ${value}` : value;
        addresses.set(parsed.group, pending);
        return;
      }
      case 'custom':
        record.custom[parsed.fieldId] = value;
        return;
      default:
        return;
    }
  });
  record.notes = notes.join('\n');
  record.regionGiven = layout.keys.includes('region');
  for (const [group, pending] of addresses) {
    const typeLabel = groupTypes.get(`addressType#${group}`);
    const label = group === 'work' || group === 'home' || group === 'other' ? group : typeLabel ? addressLabelOf(stripPrimaryMark(splitMulti(typeLabel)[0] ?? '')) : group === '1' ? 'work' : 'other';
    const address: ImportAddress = {
      label,
      street: [pending.parts.street, pending.parts.street2, pending.parts.street3].filter(Boolean).join(', '),
      city: pending.parts.city ?? '',
      state: pending.parts.state ?? '',
      postalCode: pending.parts.postalCode ?? '',
      country: pending.parts.country ?? '',
      text: addressText(pending.parts),
    };
    if (address.text) record.addresses.push(address);
  }
  dedupeContacts(record);
  if (!record.fullName) record.fullName = composeFullName(record, familyFirst);
  return record;
}

function addressLabelOf(label: string): ImportAddress['label'] {
  const kind = phoneKindOfLabel(label);
  return kind === 'work' || kind === 'home' ? kind : 'other';
}

/** The same e-mail or phone written in two columns (Outlook's "Primary Phone") is kept once. */
export function dedupeContacts(record: ImportRecord): void {
  const emails = new Set<string>();
  record.emails = record.emails.filter((email) => {
    const key = email.address.toLowerCase();
    if (emails.has(key)) return false;
    emails.add(key);
    return true;
  });
  const phones = new Set<string>();
  record.phones = record.phones.filter((phone) => {
    const key = phone.number.replace(/\D/g, '') || phone.number;
    if (phones.has(key)) return false;
    phones.add(key);
    return true;
  });
}

/** Records from rows under a layout; empty and nameless rows are reported, short rows warned about. */
export function recordsFromTable(rows: readonly string[][], layout: TableLayout): ReadResult {
  const records: ImportRecord[] = [];
  const errors: ImportRowError[] = [];
  const familyFirst = familyNameFirst(layout.headers, layout.keys);
  const start = layout.headerRow === null ? 0 : layout.headerRow + 1;
  // Trailing empty header cells ("a,b,c,") are not columns a row must fill.
  const width = layout.headerRow === null ? 0 : layout.headers.reduce((last, header, index) => (header.trim() ? index + 1 : last), 0);
  let lastWithData = rows.length - 1;
  while (lastWithData >= start && nonEmpty(rows[lastWithData] ?? []) === 0) lastWithData -= 1;
  for (let index = start; index <= lastWithData; index += 1) {
    const cells = rows[index] ?? [];
    const row = index + 1;
    // A blank line (no delimiter at all) is spacing, not a row; ",,,," is an empty template row.
    if (cells.length <= 1 && !(cells[0] ?? '').trim()) continue;
    if (nonEmpty(cells) === 0) {
      errors.push({ row, message: 'Empty row' });
      continue;
    }
    if (width > 0 && cells.length < width) {
      errors.push({ row, message: `Row has ${cells.length} of ${width} columns; the missing ones are read as empty` });
    } else if (width > 0 && cells.length > width && nonEmpty(cells.slice(width)) > 0) {
      errors.push({ row, message: `Row has ${cells.length} columns, more than the ${width} headers; the extra values are ignored` });
    }
    const record = recordFromRow(cells, row, layout, familyFirst);
    if (!holdsSomeone(record)) {
      errors.push({ row, message: 'No name, company, e-mail or phone in this row' });
      continue;
    }
    records.push(record);
  }
  return { records, errors };
}
