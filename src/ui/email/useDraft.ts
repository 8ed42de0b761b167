import { useCallback, useEffect, useRef, useState } from 'react';
import type { CountryCode } from 'libphonenumber-js/core';
import type { LeadDraft } from '../../domain/leadDraft';
import type { MailMessage } from '../../domain/mailMessage';
import { startDraftWorker } from './startDraftWorker';

export type DraftState = { status: 'reading' } | { status: 'ready'; draft: LeadDraft; cancelled: boolean };

/**
 * The mail reader on the main thread, loaded when first needed: the worker reads the email
 * otherwise, so the pane's first bundle leaves out the reader, its HTML converter and the full
 * phone metadata.
 */
function loadReader() {
  return import(/* webpackChunkName: "mail-reader" */ '../../mail/draftFromMessage').then((m) => m.draftFromMessage);
}

/** The sender alone (no body read): what Cancel leaves, costs nothing to compute. */
async function senderOnlyDraft(message: MailMessage, phoneRegion: CountryCode | undefined): Promise<LeadDraft> {
  const read = await loadReader();
  return read({ ...message, bodyText: '', bodyHtml: null }, phoneRegion ? { phoneRegion } : {});
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
      timer = setTimeout(() => void loadReader().then((read) => finish(read(message, options))), 16);
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
    void senderOnlyDraft(message, phoneRegion).then((draft) => {
      // A newer message may be showing by the time the reader has loaded; its draft is its own.
      if (cancelledFor.current === message) setRead({ message, draft, cancelled: true });
    });
  }, [message, phoneRegion]);
  const state: DraftState = read && read.message === message ? { status: 'ready', draft: read.draft, cancelled: read.cancelled } : { status: 'reading' };
  return { state, cancel };
}
