import type { CustomFieldDef, CustomValue, Lead } from '../domain/types';
import type { CsvCell } from './csvWriter';
import type { VcardContact } from './vcardWriter';

/**
 * The columns of a lead export (CSV and XLSX): one per field, multi-value fields in numbered
 * columns with their kind beside them ("Email 1", "Email 1 - Type", ...), custom fields by name.
 * The headers are the ones `headerMapping` reads back, so exporting and importing the file into an
 * empty database gives the same leads (names, e-mails, phones, addresses, company, title, source,
 * region, custom fields).
 */
export type ExportLayout = { emails: number; phones: number; addresses: number; customFields: readonly CustomFieldDef[] };

/** How many numbered columns the leads need (the most any one lead has, at least one). */
export function exportLayout(leads: Iterable<Pick<Lead, 'emails' | 'phones' | 'addresses'>>, customFields: readonly CustomFieldDef[]): ExportLayout {
  const layout = { emails: 1, phones: 1, addresses: 1, customFields };
  for (const lead of leads) {
    layout.emails = Math.max(layout.emails, lead.emails.length);
    layout.phones = Math.max(layout.phones, lead.phones.length);
    layout.addresses = Math.max(layout.addresses, lead.addresses.length);
  }
  return layout;
}

const numbered = (count: number, name: string) => Array.from({ length: count }, (_, i) => [`${name} ${i + 1}`, `${name} ${i + 1} - Type`]).flat();

export function exportHeader(layout: ExportLayout): string[] {
  return [
    'Full Name', 'Job Title', 'Company',
    ...numbered(layout.emails, 'Email'),
    ...numbered(layout.phones, 'Phone'),
    ...numbered(layout.addresses, 'Address'),
    'City / Region', 'Website', 'Lead Source', 'Status', 'Rating', 'Notes', 'Created',
    ...layout.customFields.map((field) => field.name),
  ];
}

function pairs<T>(items: readonly T[], count: number, value: (item: T) => string, kind: (item: T) => string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const item = items[i];
    return item ? [value(item), kind(item)] : ['', ''];
  }).flat();
}

function customCell(value: CustomValue | undefined): CsvCell {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

/** One lead as a row under `exportHeader(layout)`. */
export function exportRow(lead: Lead, layout: ExportLayout): CsvCell[] {
  // The mailing address first: it is the one a re-import marks for mail.
  const addresses = [...lead.addresses].sort((a, b) => Number(b.forMail) - Number(a.forMail));
  return [
    lead.fullName, lead.jobTitle, lead.company,
    ...pairs(lead.emails, layout.emails, (e) => e.address, (e) => e.label),
    ...pairs(lead.phones, layout.phones, (p) => p.number, (p) => p.kind),
    ...pairs(addresses, layout.addresses, (a) => a.text, (a) => a.label),
    lead.region ?? '', lead.website, lead.source, lead.status, lead.rating ?? '', lead.notes, new Date(lead.createdAt).toISOString().slice(0, 10),
    ...layout.customFields.map((field) => customCell(lead.customValues?.[field.id])),
  ];
}

export function vcardContactOf(lead: Lead, photo?: VcardContact['photo']): VcardContact {
  return {
    fullName: lead.fullName, company: lead.company, jobTitle: lead.jobTitle, emails: lead.emails, phones: lead.phones,
    addresses: lead.addresses, website: lead.website, notes: lead.notes, region: lead.region ?? '', photo: photo ?? null,
  };
}
