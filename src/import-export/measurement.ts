import { regionFromAddress } from '../domain/region';
import type { ImportRecord } from './importRecord';
import type { ReadFileResult } from './readFile';

/** One record of `npm run import-file`'s output ("Contract for measurement" of the import issue). */
export type MeasuredRecord = {
  fullName: string | null;
  givenName: string | null;
  familyName: string | null;
  company: string | null;
  jobTitle: string | null;
  emails: string[];
  phones: string[];
  city: string | null;
  country: string | null;
};

export type MeasuredFile = {
  file: string;
  format?: ReadFileResult['format'];
  encoding?: string | null;
  records?: MeasuredRecord[];
  errors?: Array<{ row: number; message: string }>;
  error?: string;
};

const orNull = (text: string) => text || null;

/** City and country: the work address first, else the first one; a city named only in the address text is read from it. */
export function measuredRecord(record: ImportRecord): MeasuredRecord {
  const address = record.addresses.find((a) => a.label === 'work') ?? record.addresses[0];
  const withCity = record.addresses.find((a) => a.city);
  const city = address?.city || withCity?.city || record.region || (address ? regionFromAddress(address.text) : null) || null;
  const country = address?.country || record.addresses.find((a) => a.country)?.country || null;
  return {
    fullName: orNull(record.fullName),
    givenName: orNull(record.givenName),
    familyName: orNull(record.familyName),
    company: orNull(record.company),
    jobTitle: orNull(record.jobTitle),
    emails: record.emails.map((e) => e.address),
    phones: record.phones.map((p) => p.number),
    city,
    country,
  };
}

export function measuredFile(file: string, result: ReadFileResult): MeasuredFile {
  return { file, format: result.format, encoding: result.encoding, records: result.records.map(measuredRecord), errors: result.errors.map(({ row, message }) => ({ row, message })) };
}
