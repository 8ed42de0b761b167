import { systemActivity } from '../activity';
import { leadSearchKeys } from '../lead';
import { changeLead, NO_NAMES } from '../leadChange';
import { foldedWords } from '../fold';
import type {
  Account, AccountId, Activity, ActivityId, Contact, ContactId, Lead, Opportunity, OpportunityId, PersonId,
} from '../types';
import { companyDomain } from './customerMatches';

export const MAX_TOPIC_LENGTH = 256;
export const MAX_PRODUCTS_LENGTH = 2000;

/** What the qualify dialog asks; `link*` are existing records chosen in the duplicate check. */
export type QualifyInput = {
  createOpportunity: boolean;
  topic: string;
  productsOfInterest: string;
  estimatedValue: number | null;
  closeDate: number | null;
  linkContact: Contact | null;
  linkAccount: Account | null;
};

export type QualifyError =
  | { code: 'alreadyQualified' }
  | { code: 'disqualified' }
  | { code: 'topicRequired' }
  | { code: 'topicTooLong'; max: number }
  | { code: 'productsTooLong'; max: number }
  | { code: 'invalidValue' }
  | { code: 'invalidCloseDate' };

export function validateQualify(lead: Lead, input: QualifyInput): QualifyError[] {
  if (lead.status === 'qualified') return [{ code: 'alreadyQualified' }];
  if (lead.status === 'disqualified') return [{ code: 'disqualified' }];
  const errors: QualifyError[] = [];
  if (input.createOpportunity) {
    const topic = input.topic.trim();
    if (!topic) errors.push({ code: 'topicRequired' });
    else if (topic.length > MAX_TOPIC_LENGTH) errors.push({ code: 'topicTooLong', max: MAX_TOPIC_LENGTH });
    if (input.productsOfInterest.trim().length > MAX_PRODUCTS_LENGTH) errors.push({ code: 'productsTooLong', max: MAX_PRODUCTS_LENGTH });
    if (input.estimatedValue !== null && (!Number.isFinite(input.estimatedValue) || input.estimatedValue < 0)) errors.push({ code: 'invalidValue' });
    if (input.closeDate !== null && !Number.isFinite(input.closeDate)) errors.push({ code: 'invalidCloseDate' });
  }
  return errors;
}

export type ConversionIds = {
  contactId: ContactId;
  accountId: AccountId;
  opportunityId: OpportunityId;
  newActivityId(): ActivityId;
};

export type RecordWrite<T> = { op: 'create' | 'update'; record: T };

export type ConversionPlan = {
  contact: RecordWrite<Contact>;
  account: RecordWrite<Account> | null;
  opportunity: Opportunity | null;
  lead: Lead;
  /** Copies of the lead's history onto the contact plus the "qualified" entries; the lead's own history is left as is. */
  activities: Activity[];
};

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Linking to an existing record only fills what it lacks: the user's existing data wins. */
export function fillEmptyFields<T extends object>(existing: T, incoming: Partial<T>): T {
  const out = { ...existing } as Record<string, unknown>;
  for (const [key, value] of Object.entries(incoming)) {
    if (isEmpty(out[key]) && !isEmpty(value)) out[key] = value;
  }
  return out as T;
}

function bump<T extends { rev: number; updatedAt: number }>(record: T, now: number): T {
  return { ...record, rev: record.rev + 1, updatedAt: now };
}

/**
 * Qualify/convert a lead (BCM "Convert to business contact", Dynamics "Qualify"): the person
 * becomes a contact, the company an account, the topic an opportunity. Everything the storage
 * layer must write in one transaction is decided here.
 */
export function planConversion(
  lead: Lead, history: readonly Activity[], input: QualifyInput, ids: ConversionIds, now: number, by: PersonId | null = null,
): ConversionPlan {
  const meta = { createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
  const domain = companyDomain(lead);

  let account: RecordWrite<Account> | null = null;
  if (input.linkAccount) {
    const filled = fillEmptyFields(input.linkAccount, {
      website: lead.website, domain, phones: lead.phones.filter((p) => p.kind === 'work'), fromLeadId: lead.id,
    });
    account = { op: 'update', record: bump({ ...filled, searchWords: foldedWords(filled.name) }, now) };
  } else if (lead.company.trim()) {
    const name = lead.company.trim();
    account = {
      op: 'create',
      record: {
        ...meta, id: ids.accountId, name, website: lead.website, searchWords: foldedWords(name), domain,
        phones: lead.phones.filter((p) => p.kind === 'work'), notes: '', fromLeadId: lead.id,
      },
    };
  }
  const accountId = account?.record.id ?? null;

  const fromLead = {
    fullName: lead.fullName, jobTitle: lead.jobTitle, emails: lead.emails, phones: lead.phones,
    addresses: lead.addresses, website: lead.website, notes: lead.notes, accountId, fromLeadId: lead.id,
    // The region goes with the addresses it was read from; absent stays absent (no '' in the record).
    ...(lead.region ? { region: lead.region } : {}),
  };
  let contact: RecordWrite<Contact>;
  if (input.linkContact) {
    const filled = fillEmptyFields(input.linkContact, fromLead);
    contact = { op: 'update', record: bump({ ...filled, ...leadSearchKeys({ ...filled, company: '' }) }, now) };
  } else {
    contact = { op: 'create', record: { ...meta, ...fromLead, id: ids.contactId, ...leadSearchKeys({ ...fromLead, company: lead.company }) } };
  }
  const contactId = contact.record.id;

  const opportunity: Opportunity | null = input.createOpportunity
    ? {
        ...meta, id: ids.opportunityId, topic: input.topic.trim(), productsOfInterest: input.productsOfInterest.trim(),
        estimatedValue: input.estimatedValue, closeDate: input.closeDate, accountId, contactId, fromLeadId: lead.id, notes: lead.notes,
      }
    : null;

  // The lead itself changes through the change path, which also says what its history records.
  const qualified = changeLead(lead, { status: { to: 'qualified', contactId, accountId, opportunityId: opportunity?.id ?? null } }, {
    now, by, customFields: [], names: NO_NAMES,
  });
  if (!qualified.ok) throw new Error(`Qualify refused by the change path: ${qualified.errors.map((e) => e.code).join(', ')}`);
  const [event] = qualified.events;
  if (!event) throw new Error('Qualify changed nothing');
  const copies = history
    .filter((a) => !a.deletedAt)
    .map<Activity>((a) => ({ ...a, id: ids.newActivityId(), recordType: 'contact', recordId: contactId, copiedFromId: a.id, createdAt: now, updatedAt: now, rev: 1 }));
  const activities = [
    ...copies,
    ...qualified.events.map((e) => systemActivity(ids.newActivityId(), 'lead', lead.id, e, now, by)),
    systemActivity(ids.newActivityId(), 'contact', contactId, event, now, by),
    ...(opportunity ? [systemActivity(ids.newActivityId(), 'opportunity', opportunity.id, event, now, by)] : []),
  ];
  return { contact, account, opportunity, lead: qualified.lead, activities };
}
