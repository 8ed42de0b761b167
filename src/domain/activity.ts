import type { MailMessage } from './mailMessage';
import type { Activity, ActivityId, RecordType } from './types';

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
    createdAt: now,
    updatedAt: now,
    rev: 1,
    deletedAt: null,
  };
}
