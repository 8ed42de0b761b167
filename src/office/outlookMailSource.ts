import type { MailSource } from './mailSource';
import { readOutlookItem } from './outlookItem';

/** The Outlook mailbox as a MailSource; a pinned pane follows ItemChanged to the next message. */
export function createOutlookMailSource(mailbox: Office.Mailbox): MailSource {
  return {
    kind: 'outlook',
    async read() {
      const item = mailbox.item as Office.MessageRead | null;
      if (!item) return null;
      return readOutlookItem(item);
    },
    subscribe(listener) {
      let active = true;
      const handler = () => {
        if (active) listener();
      };
      // ItemChanged needs Mailbox 1.5; older hosts simply do not pin, so there is nothing to follow.
      if (Office.context.requirements.isSetSupported('Mailbox', '1.5')) {
        mailbox.addHandlerAsync(Office.EventType.ItemChanged, handler);
      }
      return () => {
        active = false;
        if (Office.context.requirements.isSetSupported('Mailbox', '1.5')) {
          mailbox.removeHandlerAsync(Office.EventType.ItemChanged);
        }
      };
    },
  };
}
