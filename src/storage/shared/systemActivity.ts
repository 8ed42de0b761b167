import type { Activity, ActivityId, RecordType, WorkflowEvent } from '../../domain/types';
import { ACTIVITY_DETAIL_DEFAULTS } from '../../domain/activity';
import { newId } from '../../domain/ids';

/** A history item LeadPane records itself; the event is rendered per language when shown. */
export function systemActivity(recordType: RecordType, recordId: string, event: WorkflowEvent, now: number): Activity {
  return {
    id: newId<ActivityId>(), recordType, recordId, kind: 'system', occurredAt: now, subject: '', body: '',
    internetMessageId: null, conversationId: null, itemId: null, fromAddress: null, event, copiedFromId: null, ...ACTIVITY_DETAIL_DEFAULTS,
    createdAt: now, updatedAt: now, rev: 1, deletedAt: null,
  };
}
