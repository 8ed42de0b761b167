import { validateCustomValues, type CustomFieldError } from './customFields';
import { isValidEmail, normalizeEmail } from './email';
import { defaultFileAsStyle, fileAsText } from './fileAs';
import { foldedWords } from './fold';
import { withoutFormatCharacters } from './formatCharacters';
import { leadFindWords } from './findWords';
import { phoneForms, phoneKey } from './phone';
import type { AddressEntry, CustomFieldDef, FileAsStyle, Lead, LeadId, LeadSortKeys, LeadStatus, Rating, SearchKeys } from './types';
import { vietnameseSortKey } from './viCollation';

/**
 * The fields a user edits on the lead form: the lead's own, except that the form may leave the
 * file-as style to follow the name (`null`, see `defaultFileAsStyle`) and holds "no region" as ''.
 */
export type LeadInput = Pick<
  Lead,
  | 'fullName' | 'jobTitle' | 'company' | 'accountId' | 'emails' | 'phones' | 'addresses' | 'website' | 'source' | 'notes'
  | 'status' | 'rating' | 'ownerId' | 'initiatedBy' | 'customValues'
> & {
  fileAsStyle: FileAsStyle | null;
  /** City / province ("Hồ Chí Minh", "Houston"); '' when unknown. */
  region: string;
};

/**
 * The one table of text limits for a lead, whoever writes it: the form, mass edit, import and
 * team sync all validate through `validateLead` (or the change path, `domain/leadChange.ts`),
 * so a value accepted in one place is never refused in another.
 */
export const LEAD_LIMITS = {
  fullName: 256,
  jobTitle: 512,
  company: 512,
  website: 512,
  source: 512,
  /** Longer than any province or city name; the cap keeps a pasted address out of a filter and chart key. */
  region: 100,
  /** Notes hold long text (meeting minutes, pasted mail); the cap only stops accidental pastes of a book. */
  notes: 100_000,
} as const satisfies Partial<Record<keyof LeadInput, number>>;

export const MAX_NAME_LENGTH = LEAD_LIMITS.fullName;
export const MAX_SHORT_TEXT_LENGTH = LEAD_LIMITS.source;
export const MAX_NOTES_LENGTH = LEAD_LIMITS.notes;
export const MAX_REGION_LENGTH = LEAD_LIMITS.region;
export const LEAD_STATUSES: readonly LeadStatus[] = ['open', 'qualified', 'disqualified'];
export const RATINGS: readonly Rating[] = ['hot', 'warm', 'cold'];

export function emptyLeadInput(): LeadInput {
  return {
    fullName: '',
    jobTitle: '',
    fileAsStyle: null,
    company: '',
    accountId: null,
    emails: [],
    phones: [],
    addresses: [],
    region: '',
    website: '',
    source: '',
    notes: '',
    status: 'open',
    rating: null,
    ownerId: null,
    initiatedBy: null,
    customValues: {},
  };
}

/** The form's input for an existing lead. */
export function leadInputOf(lead: Lead): LeadInput {
  return {
    fullName: lead.fullName,
    jobTitle: lead.jobTitle,
    fileAsStyle: lead.fileAsStyle,
    company: lead.company,
    accountId: lead.accountId,
    emails: lead.emails.map((e) => ({ ...e })),
    phones: lead.phones.map((p) => ({ ...p })),
    addresses: lead.addresses.map((a) => ({ ...a })),
    // Leads written before schema v5 have no region.
    region: lead.region ?? '',
    website: lead.website,
    source: lead.source,
    notes: lead.notes,
    status: lead.status,
    rating: lead.rating,
    ownerId: lead.ownerId,
    initiatedBy: lead.initiatedBy,
    customValues: { ...lead.customValues },
  };
}

export type LeadFieldError =
  | { field: 'fullName'; code: 'required' | 'tooLong'; max?: number }
  | { field: 'jobTitle' | 'company' | 'website' | 'source'; code: 'tooLong'; max?: number }
  | { field: 'notes'; code: 'tooLong'; max?: number }
  | { field: 'region'; code: 'tooLong'; max?: number }
  | { field: 'website'; code: 'invalidWebsite'; value: string }
  | { field: `emails.${number}`; code: 'invalidEmail'; value: string }
  | { field: `emails.${number}`; code: 'duplicateEmail'; value: string }
  | { field: `phones.${number}`; code: 'invalidPhone'; value: string }
  | { field: 'addresses'; code: 'severalForMail' }
  | CustomFieldError;

const WEBSITE_PATTERN = /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?(\/\S*)?$/u;

type FieldRule = (input: LeadInput, customFields: readonly CustomFieldDef[]) => LeadFieldError[];

const tooLong = (field: 'jobTitle' | 'company' | 'website' | 'source', max: number): FieldRule => (input) =>
  input[field].trim().length > max ? [{ field, code: 'tooLong', max }] : [];

/**
 * Every rule a lead must pass before it is stored, per field, in the order the form shows them.
 * `validateLead` runs them all; the change path runs those of the fields a change touches.
 */
const FIELD_RULES: ReadonlyArray<readonly [keyof LeadInput, FieldRule]> = [
  ['fullName', (input) => {
    const name = input.fullName.trim();
    if (!name) return [{ field: 'fullName', code: 'required' }];
    return name.length > LEAD_LIMITS.fullName ? [{ field: 'fullName', code: 'tooLong', max: LEAD_LIMITS.fullName }] : [];
  }],
  ['jobTitle', tooLong('jobTitle', LEAD_LIMITS.jobTitle)],
  ['company', tooLong('company', LEAD_LIMITS.company)],
  ['website', (input) => {
    const website = input.website.trim();
    if (website.length > LEAD_LIMITS.website) return [{ field: 'website', code: 'tooLong', max: LEAD_LIMITS.website }];
    return website && !WEBSITE_PATTERN.test(website) ? [{ field: 'website', code: 'invalidWebsite', value: website }] : [];
  }],
  ['source', tooLong('source', LEAD_LIMITS.source)],
  ['region', (input) => (input.region.trim().length > LEAD_LIMITS.region ? [{ field: 'region', code: 'tooLong', max: LEAD_LIMITS.region }] : [])],
  ['notes', (input) => (input.notes.length > LEAD_LIMITS.notes ? [{ field: 'notes', code: 'tooLong', max: LEAD_LIMITS.notes }] : [])],
  ['emails', (input) => {
    const errors: LeadFieldError[] = [];
    const seen = new Set<string>();
    input.emails.forEach((email, index) => {
      const value = email.address.trim();
      if (!value) return;
      if (!isValidEmail(value)) errors.push({ field: `emails.${index}`, code: 'invalidEmail', value });
      else if (seen.has(normalizeEmail(value))) errors.push({ field: `emails.${index}`, code: 'duplicateEmail', value });
      seen.add(normalizeEmail(value));
    });
    return errors;
  }],
  ['phones', (input) => {
    const errors: LeadFieldError[] = [];
    input.phones.forEach((phone, index) => {
      const value = phone.number.trim();
      // A phone needs at least a few digits and only phone characters; the region decides the rest.
      if (value && (!/^[+\d\s().\-/]+(?:(?:ext\.?|x|#)\s*\d+)?$/i.test(value) || value.replace(/\D/g, '').length < 3)) {
        errors.push({ field: `phones.${index}`, code: 'invalidPhone', value });
      }
    });
    return errors;
  }],
  ['addresses', (input) => (input.addresses.filter((a) => a.forMail && a.text.trim()).length > 1 ? [{ field: 'addresses', code: 'severalForMail' }] : [])],
  ['customValues', (input, customFields) => validateCustomValues(input.customValues, customFields)],
];

/**
 * Every rule a lead must pass before it is stored; the form shows each error next to its field.
 * `only` limits the check to some fields (a change checks what it writes, so an old value that a
 * newer rule would refuse does not block an edit of another field).
 */
export function validateLead(
  input: LeadInput,
  customFields: readonly CustomFieldDef[] = [],
  only?: ReadonlySet<keyof LeadInput>,
): LeadFieldError[] {
  return FIELD_RULES.flatMap(([field, rule]) => (!only || only.has(field) ? rule(input, customFields) : []));
}

/** The address mail goes to: the first one marked, or the first there is (the rule `cleanLeadInput` stores). */
export function mailingAddressText(addresses: readonly AddressEntry[]): string {
  const written = addresses.filter((a) => a.text.trim());
  return (written.find((a) => a.forMail) ?? written[0])?.text.trim() ?? '';
}

/**
 * Drops empty rows and trims values, so what is stored is what the user meant; format characters
 * (bidi overrides, zero-width spaces) leave every field but the notes (`formatCharacters.ts`).
 */
export function cleanLeadInput(input: LeadInput): LeadInput {
  const clean = (text: string) => withoutFormatCharacters(text).trim();
  const addresses = input.addresses.map((a) => ({ ...a, text: clean(a.text) })).filter((a) => a.text);
  // One address is the mailing address: the first one marked, or the only one there is.
  const mailIndex = Math.max(0, addresses.findIndex((a) => a.forMail));
  return {
    ...input,
    fullName: clean(input.fullName),
    jobTitle: clean(input.jobTitle),
    company: clean(input.company),
    website: clean(input.website),
    source: clean(input.source),
    region: clean(input.region).replace(/\s+/g, ' '),
    emails: input.emails.map((e) => ({ ...e, address: clean(e.address) })).filter((e) => e.address),
    phones: input.phones.map((p) => ({ ...p, number: clean(p.number) })).filter((p) => p.number),
    addresses: addresses.map((a, index) => ({ ...a, forMail: index === mailIndex })),
  };
}

export function leadSearchKeys(input: Pick<LeadInput, 'fullName' | 'company' | 'emails' | 'phones'>): SearchKeys {
  return {
    searchWords: foldedWords(input.fullName, input.company),
    emailKeys: emailKeysOf(input.emails),
    phoneKeys: [...new Set(input.phones.map((p) => phoneKey(p.number)).filter(Boolean))],
  };
}

function emailKeysOf(emails: readonly { address: string }[]): string[] {
  return [...new Set(emails.map((e) => normalizeEmail(e.address)).filter(Boolean))];
}

/** Folded name and company, the third duplicate rule ("same person at the same company"). */
export function duplicateNameKey(fullName: string, company: string): string {
  return nameKeyOfWords(foldedWords(fullName), foldedWords(company));
}

/** The duplicate key from already folded words (`foldedName` is the words one space apart). */
function nameKeyOfWords(nameWords: readonly string[], companyWords: readonly string[]): string {
  return `${nameWords.join(' ')}|${companyWords.join(' ')}`;
}

export const NO_COMPANY_SORT_KEY = '\uffff';

export type LeadBody = Omit<Lead, keyof SearchKeys | keyof LeadSortKeys>;

/** A lead with every stored key derived from its fields: live leads get all, deleted ones none. */
export function withDerivedKeys(lead: LeadBody): Lead {
  if (lead.deletedAt) {
    return { ...lead, searchWords: [], emailKeys: [], phoneKeys: [] };
  }
  // Each phone is parsed once for both its key and the digit runs it is found by.
  const phones = lead.phones.map((p) => phoneForms(p.number));
  // Name and company are folded once for the search words and the duplicate key alike.
  const nameWords = foldedWords(lead.fullName);
  const companyWords = foldedWords(lead.company);
  const searchWords = [...new Set([...nameWords, ...companyWords])];
  return {
    ...lead,
    searchWords,
    emailKeys: emailKeysOf(lead.emails),
    phoneKeys: [...new Set(phones.map((p) => p.key).filter(Boolean))],
    findWords: leadFindWords(lead, phones.flatMap((p) => p.digits), searchWords),
    sortName: vietnameseSortKey(lead.fileAs),
    // Leads without a company go to the end of the company sort, not the top.
    sortCompany: lead.company.trim() ? vietnameseSortKey(lead.company) : NO_COMPANY_SORT_KEY,
    sortCreated: lead.createdAt,
    dupKey: nameKeyOfWords(nameWords, companyWords),
  };
}

/** Strips the derived keys, e.g. before re-deriving them for a changed lead. */
export function leadBody(lead: Lead): LeadBody {
  const { searchWords: _w, emailKeys: _e, phoneKeys: _p, sortName: _n, sortCompany: _c, sortCreated: _s, dupKey: _d, findWords: _f, ...body } = lead;
  return body;
}

/**
 * A stored lead cleaned the way a save cleans it now (`cleanLeadInput`), its file-as and keys
 * derived again, with its revision and dates kept: for leads written before names lost their
 * format characters ("Mallory, Evan \u202Efdp.exe"). Notes keep theirs, as on save.
 */
export function recleanedLead(lead: Lead): Lead {
  const { region: _region, ...body } = leadBody(lead);
  return withDerivedKeys({ ...body, ...storedFields(leadInputOf(lead)) });
}

function storedFields(input: LeadInput) {
  const { region, ...clean } = cleanLeadInput(input);
  const fileAsStyle = clean.fileAsStyle ?? defaultFileAsStyle(clean.fullName);
  // An empty region is left out rather than stored as '': the `region` index then holds only leads that have one.
  return { ...clean, ...(region ? { region } : {}), fileAsStyle, fileAs: fileAsText(clean.fullName, clean.company, fileAsStyle) };
}

export function buildLead(id: LeadId, input: LeadInput, now: number): Lead {
  return withDerivedKeys({ ...storedFields(input), id, createdAt: now, updatedAt: now, rev: 1, deletedAt: null });
}

/** The lead after an edit: same id and creation time, next rev. */
export function applyLeadEdit(current: Lead, input: LeadInput, now: number): Lead {
  // Workflow (#6): a lead has one assignee; picking a person in the form ends a team assignment.
  const endsTeam = Boolean(current.teamId && input.ownerId && input.ownerId !== current.ownerId);
  const { region: _previousRegion, ...body } = leadBody(current);
  return withDerivedKeys({ ...body, ...storedFields(input), ...(endsTeam ? { teamId: null } : {}), updatedAt: now, rev: current.rev + 1 });
}

export function softDeleted(current: Lead, now: number): Lead {
  return withDerivedKeys({ ...leadBody(current), deletedAt: now, updatedAt: now, rev: current.rev + 1 });
}

export function restored(current: Lead, now: number): Lead {
  return withDerivedKeys({ ...leadBody(current), deletedAt: null, updatedAt: now, rev: current.rev + 1 });
}
