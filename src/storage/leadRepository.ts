import { emailActivity } from '../domain/activity';
import { normalizeEmail } from '../domain/email';
import { newId } from '../domain/ids';
import { buildLead, validateLead, type LeadInput } from '../domain/lead';
import type { MailMessage } from '../domain/mailMessage';
import type { Activity, ActivityId, Lead, LeadId } from '../domain/types';
import type { LeadPaneDb } from './db';
import { ValidationError } from './errors';

/** Bulk writes go in chunks of this many records per transaction (see docs/architecture.md). */
export const BULK_CHUNK_SIZE = 2000;

export type EmailToLink = { message: MailMessage; replyText: string };

export class LeadRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  /** Saves a new lead and, when given, links the email it came from, in one transaction. */
  async create(input: LeadInput, email?: EmailToLink): Promise<Lead> {
    const errors = validateLead(input);
    if (errors.length) throw new ValidationError(errors);
    const now = this.now();
    const lead = buildLead(newId<LeadId>(), input, now);
    await this.db.transaction('rw', this.db.leads, this.db.activities, async () => {
      await this.db.leads.add(lead);
      if (email) {
        await this.db.activities.add(emailActivity(newId<ActivityId>(), 'lead', lead.id, email.message, email.replyText, now));
      }
    });
    return lead;
  }

  async get(id: LeadId): Promise<Lead | undefined> {
    const lead = await this.db.leads.get(id);
    return lead && !lead.deletedAt ? lead : undefined;
  }

  /** The live lead with this address, if any (the known-sender check). */
  async findByEmail(address: string): Promise<Lead | undefined> {
    return this.db.leads
      .where('emailKeys')
      .equals(normalizeEmail(address))
      .filter((lead) => !lead.deletedAt)
      .first();
  }

  async listNewestFirst(limit: number): Promise<Lead[]> {
    return this.db.leads.orderBy('createdAt').reverse().filter((lead) => !lead.deletedAt).limit(limit).toArray();
  }

  async count(): Promise<number> {
    return this.db.leads.filter((lead) => !lead.deletedAt).count();
  }

  /**
   * Validates and stores many leads in chunked transactions. A chunk with a bad record is
   * rejected whole before anything of it is written; chunks already written stay.
   */
  async bulkCreate(inputs: readonly LeadInput[], onProgress?: (done: number, total: number) => void): Promise<Lead[]> {
    const now = this.now();
    const leads: Lead[] = [];
    for (const input of inputs) {
      const errors = validateLead(input);
      if (errors.length) throw new ValidationError(errors);
      leads.push(buildLead(newId<LeadId>(), input, now));
    }
    for (let start = 0; start < leads.length; start += BULK_CHUNK_SIZE) {
      const chunk = leads.slice(start, start + BULK_CHUNK_SIZE);
      await this.db.transaction('rw', this.db.leads, () => this.db.leads.bulkAdd(chunk));
      onProgress?.(Math.min(start + BULK_CHUNK_SIZE, leads.length), leads.length);
    }
    return leads;
  }
}

export type LogEmailResult = { logged: true; activity: Activity } | { logged: false; reason: 'alreadyLogged' };

export class ActivityRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  /** Links an email to a lead once: a second call for the same internetMessageId does nothing. */
  async logEmail(leadId: LeadId, email: EmailToLink): Promise<LogEmailResult> {
    return this.db.transaction('rw', this.db.activities, async () => {
      const messageId = email.message.internetMessageId;
      if (messageId) {
        const existing = await this.db.activities
          .where('internetMessageId')
          .equals(messageId)
          .filter((a) => a.recordType === 'lead' && a.recordId === leadId && !a.deletedAt)
          .first();
        if (existing) return { logged: false, reason: 'alreadyLogged' } as const;
      }
      const activity = emailActivity(newId<ActivityId>(), 'lead', leadId, email.message, email.replyText, this.now());
      await this.db.activities.add(activity);
      return { logged: true, activity } as const;
    });
  }

  async isEmailLogged(leadId: LeadId, internetMessageId: string | null): Promise<boolean> {
    if (!internetMessageId) return false;
    const count = await this.db.activities
      .where('internetMessageId')
      .equals(internetMessageId)
      .filter((a) => a.recordType === 'lead' && a.recordId === leadId && !a.deletedAt)
      .count();
    return count > 0;
  }

  /** A lead's history, newest first. */
  async historyOf(leadId: LeadId): Promise<Activity[]> {
    const items = await this.db.activities.where('[recordType+recordId]').equals(['lead', leadId]).toArray();
    return items.filter((a) => !a.deletedAt).sort((a, b) => b.occurredAt - a.occurredAt);
  }
}
