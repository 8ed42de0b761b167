import type { AddressLabel, EmailLabel, PhoneKind } from '../domain/types';

/** One address as the file wrote it, in parts where the file had parts. */
export type ImportAddress = {
  label: AddressLabel;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  /** The whole address as one text, composed from the parts when the file had none. */
  text: string;
};

/** A photo carried in the file (vCard PHOTO): base64 bytes and their media type. */
export type ImportPhoto = { mediaType: string; base64: string };

/**
 * One person or company read from a file, before it becomes a lead: the readers (CSV, XLSX,
 * vCard) all produce this, the measurement CLI prints it, and the import turns it into a
 * `LeadInput`. Strings are trimmed; '' means the file had nothing.
 */
export type ImportRecord = {
  /** 1-based row (CSV/XLSX, counting the header row) or card number (vCard) in the file. */
  row: number;
  fullName: string;
  givenName: string;
  middleName: string;
  familyName: string;
  prefix: string;
  suffix: string;
  nickname: string;
  company: string;
  department: string;
  jobTitle: string;
  emails: Array<{ address: string; label: EmailLabel }>;
  /** As written in the file ("+84 912 345 678", "(713) 853-1411"). */
  phones: Array<{ number: string; kind: PhoneKind }>;
  addresses: ImportAddress[];
  website: string;
  notes: string;
  source: string;
  region: string;
  /** The file has a region column: an empty one means no region, not "read it from the address". */
  regionGiven: boolean;
  rating: string;
  /** Values of columns mapped to custom fields, by field id, as text. */
  custom: Record<string, string>;
  photo: ImportPhoto | null;
};

/** A row or card that was left out, or read with a warning. `row` as in ImportRecord. */
export type ImportRowError = { row: number; message: string };

export type ReadResult = { records: ImportRecord[]; errors: ImportRowError[] };

export function emptyImportRecord(row: number): ImportRecord {
  return {
    row, fullName: '', givenName: '', middleName: '', familyName: '', prefix: '', suffix: '', nickname: '', company: '', department: '', jobTitle: '',
    emails: [], phones: [], addresses: [], website: '', notes: '', source: '', region: '', regionGiven: false, rating: '', custom: {}, photo: null,
  };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The full name from its parts. Japanese, Chinese and Korean names are written family name
 * first; so are Vietnamese ones, which the file shows by its Vietnamese headers (`familyFirst`).
 */
export function composeFullName(record: Pick<ImportRecord, 'givenName' | 'middleName' | 'familyName' | 'nickname'>, familyFirst: boolean): string {
  const { givenName, middleName, familyName } = record;
  if (!givenName && !middleName && !familyName) return '';
  const eastern = familyFirst || CJK.test(familyName) || CJK.test(givenName);
  const parts = eastern ? [familyName, middleName, givenName] : [givenName, middleName, familyName];
  return parts.filter(Boolean).join(' ');
}

/** Whether the record holds a person or a company worth a lead (not an empty or notes-only row). */
export function holdsSomeone(record: ImportRecord): boolean {
  return Boolean(record.fullName || record.givenName || record.familyName || record.company || record.emails.length || record.phones.length);
}

/** The address text from its parts, one line as the lead form shows it. */
export function addressText(parts: { full?: string; street?: string; street2?: string; street3?: string; poBox?: string; district?: string; city?: string; state?: string; postalCode?: string; country?: string }): string {
  const street = [parts.street, parts.street2, parts.street3, parts.poBox, parts.district].map((p) => p?.trim() ?? '').filter(Boolean);
  const cityLine = [parts.city, [parts.state, parts.postalCode].map((p) => p?.trim() ?? '').filter(Boolean).join(' ')].map((p) => p?.trim() ?? '').filter(Boolean);
  const composed = [...street, ...cityLine, parts.country?.trim() ?? ''].filter(Boolean).join(', ');
  const full = parts.full?.trim().replace(/\s*\r?\n\s*/g, ', ') ?? '';
  if (!full) return composed;
  // Outlook's "Business Address" already holds the parts; Thunderbird's "Home Address" is the street line.
  const city = parts.city?.trim();
  if (!composed || (city && full.includes(city))) return full;
  return [full, ...street.filter((line) => !full.includes(line)), ...cityLine, parts.country?.trim() ?? ''].filter(Boolean).join(', ');
}
