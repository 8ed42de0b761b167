import type { MailMessage } from './mailMessage';
import type { Activity, ActivityId, ActivityKind, PersonId, RecordType, WorkflowEvent } from './types';

export const ACTIVITY_KINDS: readonly ActivityKind[] = ['email', 'note', 'phone', 'appointment', 'task'];
export const MAX_ACTIVITY_SUBJECT = 512;
export const MAX_ACTIVITY_BODY = 100_000;
export const MAX_CALL_MINUTES = 24 * 60;
/** A new appointment lasts an hour unless the user says otherwise. */
export const DEFAULT_APPOINTMENT_MS = 60 * 60 * 1000;

/** Fields every kind-specific part defaults to, so a history item always has the same shape. */
export const ACTIVITY_DETAIL_DEFAULTS = {
  direction: null,
  durationMinutes: null,
  outcome: '',
  endAt: null,
  location: '',
  dueAt: null,
  done: false,
} as const satisfies Partial<Activity>;

/** The history item that links an email to a record; the body keeps the reply text only. */
export function emailActivity(
  id: ActivityId,
  recordType: RecordType,
  recordId: string,
  message: MailMessage,
  replyText: string,
  now: number,
): Activity {
  return {
    id,
    recordType,
    recordId,
    kind: 'email',
    occurredAt: message.receivedAt ?? now,
    subject: message.subject,
    body: replyText,
    internetMessageId: message.internetMessageId,
    conversationId: message.conversationId,
    itemId: message.itemId,
    fromAddress: message.from?.address.toLowerCase() ?? null,
    ...ACTIVITY_DETAIL_DEFAULTS,
    createdAt: now,
    updatedAt: now,
    rev: 1,
    deletedAt: null,
  };
}

/** A history item LeadPane records itself (assigned, qualified...); the event is rendered per language when shown. */
export function systemActivity(id: ActivityId, recordType: RecordType, recordId: string, event: WorkflowEvent, now: number, by: PersonId | null = null): Activity {
  return {
    id, recordType, recordId, kind: 'system', occurredAt: now, subject: '', body: '', internetMessageId: null, conversationId: null,
    itemId: null, fromAddress: null, event, copiedFromId: null, by, ...ACTIVITY_DETAIL_DEFAULTS, createdAt: now, updatedAt: now, rev: 1, deletedAt: null,
  };
}

/** What the user edits on a history item of any kind. */
export type ActivityInput = Pick<
  Activity,
  'kind' | 'subject' | 'body' | 'occurredAt' | 'direction' | 'durationMinutes' | 'outcome' | 'endAt' | 'location' | 'dueAt' | 'done'
>;

export function emptyActivityInput(kind: ActivityKind, now: number): ActivityInput {
  return {
    kind,
    subject: '',
    body: '',
    occurredAt: now,
    ...ACTIVITY_DETAIL_DEFAULTS,
    direction: kind === 'phone' ? 'outgoing' : null,
    endAt: kind === 'appointment' ? now + DEFAULT_APPOINTMENT_MS : null,
  };
}

export function activityInputOf(a: Activity): ActivityInput {
  const { kind, subject, body, occurredAt, direction, durationMinutes, outcome, endAt, location, dueAt, done } = a;
  return { kind, subject, body, occurredAt, direction, durationMinutes, outcome, endAt, location, dueAt, done };
}

export type ActivityFieldError =
  | { field: 'subject'; code: 'required' | 'tooLong' }
  | { field: 'body'; code: 'tooLong' }
  | { field: 'occurredAt'; code: 'invalidDate' }
  | { field: 'endAt'; code: 'beforeStart' | 'invalidDate' }
  | { field: 'durationMinutes'; code: 'outOfRange' };

export function validateActivity(input: ActivityInput): ActivityFieldError[] {
  const errors: ActivityFieldError[] = [];
  if (!input.subject.trim()) errors.push({ field: 'subject', code: 'required' });
  else if (input.subject.length > MAX_ACTIVITY_SUBJECT) errors.push({ field: 'subject', code: 'tooLong' });
  if (input.body.length > MAX_ACTIVITY_BODY) errors.push({ field: 'body', code: 'tooLong' });
  if (!Number.isFinite(input.occurredAt)) errors.push({ field: 'occurredAt', code: 'invalidDate' });
  if (input.kind === 'appointment') {
    if (input.endAt === null || !Number.isFinite(input.endAt)) errors.push({ field: 'endAt', code: 'invalidDate' });
    else if (input.endAt < input.occurredAt) errors.push({ field: 'endAt', code: 'beforeStart' });
  }
  if (input.kind === 'phone' && input.durationMinutes !== null && (input.durationMinutes < 0 || input.durationMinutes > MAX_CALL_MINUTES || !Number.isFinite(input.durationMinutes))) {
    errors.push({ field: 'durationMinutes', code: 'outOfRange' });
  }
  return errors;
}

/** Keeps only the fields that belong to the kind, so switching kinds in the form leaves no stray data. */
function detailsFor(input: ActivityInput): Pick<Activity, keyof typeof ACTIVITY_DETAIL_DEFAULTS> {
  return {
    ...ACTIVITY_DETAIL_DEFAULTS,
    ...(input.kind === 'phone' ? { direction: input.direction, durationMinutes: input.durationMinutes, outcome: input.outcome.trim() } : {}),
    ...(input.kind === 'appointment' ? { endAt: input.endAt, location: input.location.trim() } : {}),
    ...(input.kind === 'task' ? { dueAt: input.dueAt, done: input.done } : {}),
  };
}

export function buildActivity(id: ActivityId, recordType: RecordType, recordId: string, input: ActivityInput, now: number): Activity {
  return {
    id,
    recordType,
    recordId,
    kind: input.kind,
    occurredAt: input.occurredAt,
    subject: input.subject.trim(),
    body: input.body,
    internetMessageId: null,
    conversationId: null,
    itemId: null,
    fromAddress: null,
    ...detailsFor(input),
    createdAt: now,
    updatedAt: now,
    rev: 1,
    deletedAt: null,
  };
}

export function applyActivityEdit(current: Activity, input: ActivityInput, now: number): Activity {
  return {
    ...current,
    // An email's kind is fixed: it came from Outlook.
    kind: current.kind === 'email' ? 'email' : input.kind,
    occurredAt: input.occurredAt,
    subject: input.subject.trim(),
    body: input.body,
    ...detailsFor({ ...input, kind: current.kind === 'email' ? 'email' : input.kind }),
    updatedAt: now,
    rev: current.rev + 1,
  };
}

export type ActivityCounts = Record<ActivityKind, number> & { total: number };

export function countActivities(items: readonly Pick<Activity, 'kind'>[]): ActivityCounts {
  const counts: ActivityCounts = { email: 0, note: 0, phone: 0, appointment: 0, task: 0, system: 0, total: 0 };
  for (const item of items) {
    counts[item.kind] += 1;
    counts.total += 1;
  }
  return counts;
}
