import { isValidEmail, normalizeEmail } from './email';
import { foldedWords } from './fold';
import { phoneKey } from './phone';
import type { AddressEntry, EmailEntry, Lead, LeadId, LeadStatus, PersonId, PhoneEntry, Rating, SearchKeys } from './types';

/** The fields a user edits on the lead form. */
export type LeadInput = {
  fullName: string;
  jobTitle: string;
  company: string;
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  website: string;
  source: string;
  notes: string;
  status: LeadStatus;
  rating: Rating | null;
  ownerId: PersonId | null;
};

export const MAX_NAME_LENGTH = 256;

export function emptyLeadInput(): LeadInput {
  return {
    fullName: '',
    jobTitle: '',
    company: '',
    emails: [],
    phones: [],
    addresses: [],
    website: '',
    source: '',
    notes: '',
    status: 'open',
    rating: null,
    ownerId: null,
  };
}

export type LeadFieldError =
  | { field: 'fullName'; code: 'required' | 'tooLong'; max?: number }
  | { field: `emails.${number}`; code: 'invalidEmail'; value: string }
  | { field: `emails.${number}`; code: 'duplicateEmail'; value: string };

/** Every rule a lead must pass before it is stored; the form shows each error next to its field. */
export function validateLead(input: LeadInput): LeadFieldError[] {
  const errors: LeadFieldError[] = [];
  const name = input.fullName.trim();
  if (!name) errors.push({ field: 'fullName', code: 'required' });
  else if (name.length > MAX_NAME_LENGTH) errors.push({ field: 'fullName', code: 'tooLong', max: MAX_NAME_LENGTH });
  const seen = new Set<string>();
  input.emails.forEach((email, index) => {
    const value = email.address.trim();
    if (!value) return;
    if (!isValidEmail(value)) errors.push({ field: `emails.${index}`, code: 'invalidEmail', value });
    else if (seen.has(normalizeEmail(value))) errors.push({ field: `emails.${index}`, code: 'duplicateEmail', value });
    seen.add(normalizeEmail(value));
  });
  return errors;
}

/** Drops empty rows and trims values, so what is stored is what the user meant. */
export function cleanLeadInput(input: LeadInput): LeadInput {
  return {
    ...input,
    fullName: input.fullName.trim(),
    jobTitle: input.jobTitle.trim(),
    company: input.company.trim(),
    website: input.website.trim(),
    source: input.source.trim(),
    emails: input.emails.map((e) => ({ ...e, address: e.address.trim() })).filter((e) => e.address),
    phones: input.phones.map((p) => ({ ...p, number: p.number.trim() })).filter((p) => p.number),
    addresses: input.addresses.map((a) => ({ ...a, text: a.text.trim() })).filter((a) => a.text),
  };
}

export function leadSearchKeys(input: Pick<LeadInput, 'fullName' | 'company' | 'emails' | 'phones'>): SearchKeys {
  return {
    searchWords: foldedWords(input.fullName, input.company),
    emailKeys: [...new Set(input.emails.map((e) => normalizeEmail(e.address)).filter(Boolean))],
    phoneKeys: [...new Set(input.phones.map((p) => phoneKey(p.number)).filter(Boolean))],
  };
}

export function buildLead(id: LeadId, input: LeadInput, now: number): Lead {
  const clean = cleanLeadInput(input);
  return { ...clean, ...leadSearchKeys(clean), id, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
}
