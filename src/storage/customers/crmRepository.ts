import { foldedWords } from '../../domain/fold';
import { leadSearchKeys } from '../../domain/lead';
import { MAX_PRODUCTS_LENGTH, MAX_TOPIC_LENGTH } from '../../domain/conversion/conversion';
import { websiteDomain } from '../../domain/email';
import type { Account, AccountId, Contact, ContactId, Opportunity, OpportunityId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import { WorkflowError } from '../shared/workflowError';

export const CRM_PAGE_SIZE = 200;
export const MAX_CRM_NAME_LENGTH = 256;

export type ContactEdit = Pick<Contact, 'fullName' | 'jobTitle'> & { notes: string };
export type AccountEdit = Pick<Account, 'name' | 'website'> & { notes: string };
export type OpportunityEdit = Pick<Opportunity, 'topic' | 'estimatedValue' | 'closeDate'> & { productsOfInterest: string };

function requireName(value: string, code: 'contactNameRequired' | 'accountNameRequired' | 'topicRequired'): string {
  const clean = value.trim();
  if (!clean) throw new WorkflowError(code);
  if (clean.length > MAX_CRM_NAME_LENGTH) throw new WorkflowError('tooLong', { max: MAX_CRM_NAME_LENGTH });
  return clean;
}

/** Contacts, accounts and opportunities: enough to see and correct what conversion made. */
export class CrmRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  async contacts(limit = CRM_PAGE_SIZE): Promise<Contact[]> {
    return this.db.contacts.orderBy('createdAt').reverse().filter((c) => !c.deletedAt).limit(limit).toArray();
  }

  async accounts(): Promise<Account[]> {
    return (await this.db.accounts.toArray()).filter((a) => !a.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
  }

  async opportunities(): Promise<Opportunity[]> {
    return (await this.db.opportunities.toArray()).filter((o) => !o.deletedAt).sort((a, b) => b.createdAt - a.createdAt);
  }

  contact(id: ContactId): Promise<Contact | undefined> {
    return this.db.contacts.get(id);
  }

  account(id: AccountId): Promise<Account | undefined> {
    return this.db.accounts.get(id);
  }

  opportunity(id: OpportunityId): Promise<Opportunity | undefined> {
    return this.db.opportunities.get(id);
  }

  async contactsOfAccount(id: AccountId): Promise<Contact[]> {
    return (await this.db.contacts.where('accountId').equals(id).toArray()).filter((c) => !c.deletedAt);
  }

  async opportunitiesOf(field: 'accountId' | 'contactId', id: string): Promise<Opportunity[]> {
    return (await this.db.opportunities.where(field).equals(id).toArray()).filter((o) => !o.deletedAt);
  }

  async updateContact(id: ContactId, edit: ContactEdit): Promise<void> {
    const fullName = requireName(edit.fullName, 'contactNameRequired');
    await this.db.contacts.where('id').equals(id).modify((c) => {
      const next = { fullName, jobTitle: edit.jobTitle.trim(), notes: edit.notes };
      Object.assign(c, next, leadSearchKeys({ ...c, company: '', fullName }), { updatedAt: this.now(), rev: c.rev + 1 });
    });
  }

  async updateAccount(id: AccountId, edit: AccountEdit): Promise<void> {
    const name = requireName(edit.name, 'accountNameRequired');
    const website = edit.website.trim();
    await this.db.accounts.where('id').equals(id).modify((a) => {
      Object.assign(a, { name, website, notes: edit.notes, searchWords: foldedWords(name), domain: websiteDomain(website) ?? a.domain ?? null, updatedAt: this.now(), rev: a.rev + 1 });
    });
  }

  async updateOpportunity(id: OpportunityId, edit: OpportunityEdit): Promise<void> {
    const topic = requireName(edit.topic, 'topicRequired');
    if (topic.length > MAX_TOPIC_LENGTH) throw new WorkflowError('topicTooLong', { max: MAX_TOPIC_LENGTH });
    if (edit.productsOfInterest.length > MAX_PRODUCTS_LENGTH) throw new WorkflowError('productsTooLong', { max: MAX_PRODUCTS_LENGTH });
    if (edit.estimatedValue !== null && (!Number.isFinite(edit.estimatedValue) || edit.estimatedValue < 0)) throw new WorkflowError('invalidValue');
    await this.db.opportunities.where('id').equals(id).modify((o) => {
      Object.assign(o, { topic, productsOfInterest: edit.productsOfInterest.trim(), estimatedValue: edit.estimatedValue, closeDate: edit.closeDate, updatedAt: this.now(), rev: o.rev + 1 });
    });
  }
}
