import { newId } from '../../domain/ids';
import { planConversion, validateQualify, type ConversionPlan, type QualifyInput } from '../../domain/conversion/conversion';
import { companyDomain, matchAccounts, matchContacts, type DuplicateMatch } from '../../domain/conversion/customerMatches';
import { foldedWords } from '../../domain/fold';
import type { Account, AccountId, ActivityId, Contact, ContactId, Lead, LeadId, OpportunityId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import { currentPerson, leadWriteTables, writeLeads } from '../leadWrites';
import { WorkflowError } from '../shared/workflowError';

export type ConversionDuplicates = { contacts: Array<DuplicateMatch<Contact>>; accounts: Array<DuplicateMatch<Account>> };

/** The qualify dialog's answers; linked records are named by id and read inside the transaction. */
export type QualifyRequest = Omit<QualifyInput, 'linkContact' | 'linkAccount'> & {
  linkContactId: ContactId | null;
  linkAccountId: AccountId | null;
};

function unique<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

export class ConversionRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  /** Candidates come from index look-ups (email, phone, first name word, company word, domain); the pure matcher decides. */
  async findDuplicates(leadId: LeadId): Promise<ConversionDuplicates> {
    const lead = await this.db.leads.get(leadId);
    if (!lead) throw new WorkflowError('leadGone');
    const nameWord = foldedWords(lead.fullName)[0];
    const companyWords = foldedWords(lead.company);
    const domain = companyDomain(lead);
    const [byEmail, byPhone, byName, byCompany, byDomain] = await Promise.all([
      lead.emailKeys.length ? this.db.contacts.where('emailKeys').anyOf(lead.emailKeys).toArray() : [],
      lead.phoneKeys.length ? this.db.contacts.where('phoneKeys').anyOf(lead.phoneKeys).toArray() : [],
      nameWord ? this.db.contacts.where('searchWords').equals(nameWord).toArray() : [],
      companyWords[0] ? this.db.accounts.where('searchWords').equals(companyWords[0]).toArray() : [],
      domain ? this.db.accounts.where('domain').equals(domain).toArray() : [],
    ]);
    return {
      contacts: matchContacts(lead, unique([...byEmail, ...byPhone, ...byName])),
      accounts: matchAccounts(lead, unique([...byCompany, ...byDomain])),
    };
  }

  /**
   * Qualifies a lead in ONE transaction: contact, account, opportunity, the lead's new status
   * and the copied history all land together or not at all.
   */
  async qualify(leadId: LeadId, request: QualifyRequest): Promise<ConversionPlan> {
    const { db } = this;
    return db.transaction('rw', [...leadWriteTables(db), db.contacts, db.accounts, db.opportunities], async () => {
      const lead: Lead | undefined = await db.leads.get(leadId);
      if (!lead || lead.deletedAt) throw new WorkflowError('leadGone');
      const linkContact = request.linkContactId ? await db.contacts.get(request.linkContactId) : null;
      const linkAccount = request.linkAccountId ? await db.accounts.get(request.linkAccountId) : null;
      if (request.linkContactId && (!linkContact || linkContact.deletedAt)) throw new WorkflowError('contactGone');
      if (request.linkAccountId && (!linkAccount || linkAccount.deletedAt)) throw new WorkflowError('accountGone');
      const input: QualifyInput = { ...request, linkContact: linkContact ?? null, linkAccount: linkAccount ?? null };
      const errors = validateQualify(lead, input);
      if (errors[0]) {
        const { code, ...params } = errors[0];
        throw new WorkflowError(code, params as Record<string, string | number>);
      }
      const history = await db.activities.where('[recordType+recordId]').equals(['lead', lead.id]).toArray();
      const now = this.now();
      const by = await currentPerson(db);
      const plan = planConversion(lead, history, input, {
        contactId: newId<ContactId>(), accountId: newId<AccountId>(), opportunityId: newId<OpportunityId>(), newActivityId: () => newId<ActivityId>(),
      }, now, by);
      // The lead through the one writer; its "qualified" item is among the plan's activities below.
      await writeLeads(db, [{ lead: plan.lead, changed: true, events: [] }], now, by);
      await db.contacts.put(plan.contact.record);
      if (plan.account) await db.accounts.put(plan.account.record);
      if (plan.opportunity) await db.opportunities.add(plan.opportunity);
      await db.activities.bulkAdd(plan.activities);
      return plan;
    });
  }
}
