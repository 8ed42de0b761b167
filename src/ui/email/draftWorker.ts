/// <reference lib="webworker" />
/**
 * Reads an email into a lead draft off the pane's main thread: a slow or hostile message then
 * never freezes the pane, and Cancel ends it by terminating the worker.
 */
import { draftFromMessage, type DraftOptions } from '../../mail/draftFromMessage';
import type { MailMessage } from '../../domain/mailMessage';

export type DraftRequest = { message: MailMessage; options: DraftOptions };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<DraftRequest>) => {
  scope.postMessage(draftFromMessage(event.data.message, event.data.options));
};
