import type { MailMessage } from '../domain/mailMessage';

/**
 * Where the pane's current message comes from: the Outlook item, or a file/sample in preview.
 * One contract, one implementation per platform (as actualbudget does for its platform layer).
 */
export type MailSource = {
  kind: 'outlook' | 'preview';
  /** The current message; null when nothing is open. Rejects with MailReadError on failure. */
  read(): Promise<MailMessage | null>;
  /** Calls the listener when the current message changes (ItemChanged, a file opened). */
  subscribe(listener: () => void): () => void;
};
