import { ACTIVITY_DETAIL_DEFAULTS } from '../activity';
import { buildLead, emptyLeadInput, type LeadInput } from '../lead';
import type { Account, AccountId, Activity, ActivityId, Contact, ContactId, Lead, LeadId } from '../types';

export const NOW = Date.UTC(2026, 10, 22, 9, 0);

export function lead(id: string, input: Partial<LeadInput> = {}, extra: Partial<Lead> = {}): Lead {
  return { ...buildLead(id as LeadId, { ...emptyLeadInput(), fullName: 'Trần Thị Mai', ...input }, NOW - 1000), ...extra };
}

const meta = { createdAt: NOW - 5000, updatedAt: NOW - 5000, rev: 3, deletedAt: null };

export function contact(id: string, extra: Partial<Contact> = {}): Contact {
  return {
    ...meta, id: id as ContactId, fullName: 'Someone Else', jobTitle: '', emails: [], phones: [], accountId: null, fromLeadId: null,
    searchWords: [], emailKeys: [], phoneKeys: [], ...extra,
  };
}

export function account(id: string, extra: Partial<Account> = {}): Account {
  return { ...meta, id: id as AccountId, name: 'Other Co', website: '', searchWords: [], ...extra };
}

export function emailItem(id: string, recordId: string, extra: Partial<Activity> = {}): Activity {
  return {
    ...meta, id: id as ActivityId, recordType: 'lead', recordId, kind: 'email', occurredAt: NOW - 9000, subject: 'Hỏi giá', body: 'Xin báo giá',
    internetMessageId: `<${id}@x>`, conversationId: null, itemId: null, fromAddress: 'mai@saigonsteel.com.vn', ...ACTIVITY_DETAIL_DEFAULTS, ...extra,
  };
}
