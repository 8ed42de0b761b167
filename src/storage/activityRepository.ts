import { ACTIVITY_DETAIL_DEFAULTS, applyActivityEdit, buildActivity, emailActivity, validateActivity, type ActivityFieldError, type ActivityInput } from '../domain/activity';
import { newId } from '../domain/ids';
import { createdEvent } from '../domain/leadChange';
import type { Activity, ActivityId, Lead, LeadId, RecordType } from '../domain/types';
import type { LeadPaneDb } from './db';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import type { EmailToLink } from './leadRepository';

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

  /**
   * A lead's (or a contact's, an opportunity's) history, newest first. A lead's ends with its
   * "created" item, which the lead record carries (`origin`) instead of an activity row.
   */
  async historyOf(recordId: string, recordType: RecordType = 'lead'): Promise<Activity[]> {
    const items = (await this.db.activities.where('[recordType+recordId]').equals([recordType, recordId]).toArray()).filter((a) => !a.deletedAt);
    if (recordType === 'lead') {
      const lead = await this.db.leads.get(recordId as LeadId);
      if (lead) items.push(createdActivity(lead));
    }
    return items.sort((a, b) => b.occurredAt - a.occurredAt);
  }

  async add(recordId: string, input: ActivityInput, recordType: RecordType = 'lead'): Promise<Activity> {
    const errors = validateActivity(input);
    if (errors.length) throw new ValidationError<ActivityFieldError>(errors);
    const activity = buildActivity(newId<ActivityId>(), recordType, recordId, input, this.now());
    await this.db.activities.add(activity);
    return activity;
  }

  async update(id: ActivityId, input: ActivityInput, baseRev: number): Promise<Activity> {
    const errors = validateActivity(input);
    if (errors.length) throw new ValidationError<ActivityFieldError>(errors);
    return this.db.transaction('rw', this.db.activities, async () => {
      const current = await this.db.activities.get(id);
      if (!current || current.deletedAt) throw new NotFoundError('The history item');
      if (current.rev !== baseRev) throw new ConflictError(current);
      const next = applyActivityEdit(current, input, this.now());
      await this.db.activities.put(next);
      return next;
    });
  }

  /** Soft: `restore` undoes it; purging a lead removes its deleted items for good. */
  async remove(id: ActivityId): Promise<void> {
    await this.db.activities.update(id, { deletedAt: this.now() });
  }

  async restore(id: ActivityId): Promise<void> {
    await this.db.activities.update(id, { deletedAt: null });
  }
}

/** The prefix of the one history item that is not a row: a lead's "created", read from the lead. */
export const CREATED_ITEM_PREFIX = 'created:';

/** A lead's "created" history item, at its creation time, by whoever made it. */
function createdActivity(lead: Lead): Activity {
  return {
    id: `${CREATED_ITEM_PREFIX}${lead.id}` as ActivityId, recordType: 'lead', recordId: lead.id, kind: 'system', occurredAt: lead.createdAt,
    subject: '', body: '', internetMessageId: null, conversationId: null, itemId: null, fromAddress: null, event: createdEvent(lead),
    copiedFromId: null, by: lead.origin?.by ?? null, ...ACTIVITY_DETAIL_DEFAULTS, createdAt: lead.createdAt, updatedAt: lead.createdAt, rev: 1, deletedAt: null,
  };
}
