import { useCallback, useEffect, useRef, useState } from 'react';
import type { CountryCode } from 'libphonenumber-js';
import type { LeadDraft } from '../../domain/leadDraft';
import type { MailMessage } from '../../domain/mailMessage';
import { draftFromMessage } from '../../mail/draftFromMessage';
import { startDraftWorker } from './startDraftWorker';

export type DraftState = { status: 'reading' } | { status: 'ready'; draft: LeadDraft; cancelled: boolean };

/** The sender alone (no body read): what Cancel leaves, costs nothing to compute. */
function senderOnlyDraft(message: MailMessage, phoneRegion: CountryCode | undefined): LeadDraft {
  return draftFromMessage({ ...message, bodyText: '', bodyHtml: null }, phoneRegion ? { phoneRegion } : {});
}

/**
 * Reads the email into a lead draft without blocking the pane: in a Web Worker where the host
 * allows one, else on the main thread after the first paint (so "Reading the email…" shows).
 * `cancel` stops the reading and leaves a draft of the sender header only.
 * `phoneRegion` undefined means the setting is still loading: reading waits for it.
 */
export function useDraft(message: MailMessage, phoneRegion: CountryCode | undefined, settingLoaded: boolean): { state: DraftState; cancel: () => void } {
  // The draft remembers the message it was read from, so a new message shows "reading" at once.
  const [read, setRead] = useState<{ message: MailMessage; draft: LeadDraft; cancelled: boolean } | null>(null);
  const stop = useRef<() => void>(() => {});
  const cancelledFor = useRef<MailMessage | null>(null);

  useEffect(() => {
    if (!settingLoaded || cancelledFor.current === message) return undefined;
    const options = phoneRegion ? { phoneRegion } : {};
    let done = false;
    const finish = (draft: LeadDraft, cancelled = false) => {
      if (done) return;
      done = true;
      setRead({ message, draft, cancelled });
    };
    const worker = startDraftWorker();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onMainThread = () => {
      // A frame first: the effect may run before the browser has painted the "Reading" state.
      timer = setTimeout(() => finish(draftFromMessage(message, options)), 16);
    };
    if (worker) {
      worker.onmessage = (event: MessageEvent<LeadDraft>) => {
        finish(event.data);
        worker.terminate();
      };
      worker.onerror = (event) => {
        // A worker that cannot start (blocked script, old host) falls back to the main thread.
        event.preventDefault();
        worker.terminate();
        if (!done) onMainThread();
      };
      worker.postMessage({ message, options });
    } else onMainThread();
    stop.current = () => {
      done = true;
      worker?.terminate();
      if (timer !== null) clearTimeout(timer);
    };
    return () => {
      done = true;
      worker?.terminate();
      if (timer !== null) clearTimeout(timer);
    };
  }, [message, phoneRegion, settingLoaded]);

  const cancel = useCallback(() => {
    // Works before the reading has started too (the phone region setting still loading).
    cancelledFor.current = message;
    stop.current();
    setRead({ message, draft: senderOnlyDraft(message, phoneRegion), cancelled: true });
  }, [message, phoneRegion]);
  const state: DraftState = read && read.message === message ? { status: 'ready', draft: read.draft, cancelled: read.cancelled } : { status: 'reading' };
  return { state, cancel };
}
