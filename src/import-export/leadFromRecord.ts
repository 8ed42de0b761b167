import { duplicateProbe, type DuplicateProbe } from '../domain/duplicates';
import { isIsoDate } from '../domain/customFields';
import { emptyLeadInput, MAX_REGION_LENGTH, type LeadInput } from '../domain/lead';
import { regionFromAddress } from '../domain/region';
import type { CustomFieldDef, CustomValue, Lead, Rating } from '../domain/types';
import type { ImportRecord } from './importRecord';

/**
 * An import record as the lead it becomes (pure). The lead needs a name: a row holding only a
 * company, an e-mail or a phone is filed under that. The region is the file's own region column,
 * else the address's city, else the province its address text names.
 */
export function leadInputFromRecord(record: ImportRecord, customFields: readonly CustomFieldDef[]): LeadInput {
  const input = emptyLeadInput();
  input.fullName = record.fullName || record.company || record.emails[0]?.address || record.phones[0]?.number || '';
  input.jobTitle = record.jobTitle;
  input.company = record.company;
  input.emails = record.emails.map((e) => ({ ...e }));
  input.phones = record.phones.map((p) => ({ ...p }));
  // The first address is the mailing one: exports list the business address first, LeadPane's the mailing one.
  const mailing = record.addresses[0];
  input.addresses = record.addresses.map((a) => ({ text: a.text, label: a.label, forMail: a === mailing }));
  input.website = record.website;
  input.source = record.source;
  // LeadPane has no department field: it is kept in the notes rather than lost.
  input.notes = [record.notes, record.department ? `Department: ${record.department}` : ''].filter(Boolean).join('\n');
  const region = record.regionGiven
    ? record.region
    : mailing?.city || record.addresses.find((a) => a.city)?.city || (mailing ? regionFromAddress(mailing.text) ?? '' : '');
  input.region = region.slice(0, MAX_REGION_LENGTH);
  input.rating = ratingOf(record.rating);
  input.customValues = customValuesOf(record.custom, customFields);
  return input;
}

const RATINGS: Array<[RegExp, Rating]> = [
  [/^(hot|nong|chaud|heiss|a)$/, 'hot'],
  [/^(warm|am|tiede|b)$/, 'warm'],
  [/^(cold|lanh|froid|kalt|c)$/, 'cold'],
];

function ratingOf(text: string): Rating | null {
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  return RATINGS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/** A date as the file wrote it (ISO, d/m/y as Vietnam and Europe write it, m/d/y only when it cannot be d/m). */
export function isoDateOf(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  let [day, month] = [Number(match[1]), Number(match[2])];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Text values of custom-field columns typed by their field; a value that does not fit is kept as text for validation to report. */
function customValuesOf(custom: Readonly<Record<string, string>>, fields: readonly CustomFieldDef[]): Record<string, CustomValue> {
  const values: Record<string, CustomValue> = {};
  for (const [id, text] of Object.entries(custom)) {
    const def = fields.find((f) => f.id === id);
    if (!def || !text) continue;
    switch (def.kind) {
      case 'number': {
        const number = Number(text.replace(/\s/g, '').replace(',', '.'));
        values[id] = Number.isFinite(number) ? number : text;
        break;
      }
      case 'date':
        values[id] = isoDateOf(text) ?? text;
        break;
      case 'yesNo':
        values[id] = /^(yes|y|true|1|x|co|có|oui|ja)$/i.test(text.trim());
        break;
      case 'choice':
        values[id] = def.choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase()) ?? text;
        break;
      default:
        values[id] = text;
    }
  }
  return values;
}

/** The fields a "fill only empty fields" import sets on an existing lead: those the lead has empty and the file has. */
export function emptyFieldsFill(existing: Lead, input: LeadInput): Partial<LeadInput> {
  const fill: Partial<LeadInput> = {};
  for (const key of ['jobTitle', 'company', 'website', 'source', 'notes'] as const) {
    if (!existing[key]?.trim() && input[key].trim()) fill[key] = input[key];
  }
  if (!(existing.region ?? '').trim() && input.region.trim()) fill.region = input.region;
  if (existing.emails.length === 0 && input.emails.length) fill.emails = input.emails;
  if (existing.phones.length === 0 && input.phones.length) fill.phones = input.phones;
  if (existing.addresses.length === 0 && input.addresses.length) fill.addresses = input.addresses;
  if (!existing.rating && input.rating) fill.rating = input.rating;
  const missing = Object.entries(input.customValues).filter(([id, value]) => value !== '' && (existing.customValues?.[id] === undefined || existing.customValues[id] === ''));
  if (missing.length) fill.customValues = { ...existing.customValues, ...Object.fromEntries(missing) };
  return fill;
}

/** Remembers the rows already taken in this import, so a file that lists someone twice is caught. */
export class EarlierRows {
  private readonly emails = new Map<string, number>();
  private readonly phones = new Map<string, number>();
  private readonly names = new Map<string, number>();

  /** The earlier row the probe matches, or null. */
  match(probe: DuplicateProbe): number | null {
    for (const key of probe.emailKeys) {
      const row = this.emails.get(key);
      if (row !== undefined) return row;
    }
    for (const key of probe.phoneKeys) {
      const row = this.phones.get(key);
      if (row !== undefined) return row;
    }
    if (nameKeyCounts(probe.nameKey)) return this.names.get(probe.nameKey) ?? null;
    return null;
  }

  add(probe: DuplicateProbe, row: number): void {
    for (const key of probe.emailKeys) if (!this.emails.has(key)) this.emails.set(key, row);
    for (const key of probe.phoneKeys) if (!this.phones.has(key)) this.phones.set(key, row);
    if (nameKeyCounts(probe.nameKey) && !this.names.has(probe.nameKey)) this.names.set(probe.nameKey, row);
  }
}

/** As in `duplicateReasons`: a name alone is too common; name and company together count. */
export function nameKeyCounts(nameKey: string): boolean {
  return !nameKey.startsWith('|') && !nameKey.endsWith('|');
}

export { duplicateProbe };
