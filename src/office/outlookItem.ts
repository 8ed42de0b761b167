import { normalizeMessageText, type MailAddress, type MailMessage } from '../domain/mailMessage';
import { MailReadError } from './mailReadError';

type OutlookReadItem = Office.MessageRead;

function toAddress(details: Office.EmailAddressDetails | undefined | null): MailAddress | null {
  if (!details?.emailAddress) return null;
  return { name: details.displayName ?? '', address: details.emailAddress };
}

function toAddresses(list: Office.EmailAddressDetails[] | undefined | null): MailAddress[] {
  return (list ?? []).map(toAddress).filter((a): a is MailAddress => a !== null);
}

/** body.getAsync as a promise; a failed call becomes a MailReadError the pane can explain. */
export function getBody(item: OutlookReadItem, coercion: Office.CoercionType): Promise<string> {
  return new Promise((resolve, reject) => {
    item.body.getAsync(coercion, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new MailReadError('bodyUnavailable', result.error?.message));
      } else {
        resolve(result.value ?? '');
      }
    });
  });
}

/**
 * Reads the open message. The two body reads run one after the other: Outlook on the web
 * allows only three concurrent async calls per add-in, and other code may need a slot.
 */
export async function readOutlookItem(item: OutlookReadItem | null | undefined): Promise<MailMessage> {
  if (!item || item.itemType !== Office.MailboxEnums.ItemType.Message) throw new MailReadError('noItem');
  const bodyText = await getBody(item, Office.CoercionType.Text);
  const bodyHtml = await getBody(item, Office.CoercionType.Html);
  const created = item.dateTimeCreated instanceof Date ? item.dateTimeCreated.getTime() : null;
  return normalizeMessageText({
    source: 'outlook',
    subject: item.subject ?? '',
    from: toAddress(item.from) ?? toAddress(item.sender),
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    receivedAt: created,
    internetMessageId: item.internetMessageId || null,
    conversationId: item.conversationId || null,
    itemId: item.itemId || null,
    bodyText,
    bodyHtml: bodyHtml || null,
  });
}
