import { useCallback, useEffect, useState } from 'react';
import type { MailMessage } from '../../domain/mailMessage';
import type { MailSource } from '../../office/mailSource';

export type CurrentMessage =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'ready'; message: MailMessage }
  | { status: 'error'; error: unknown };

/** Reads the source's current message, and again whenever the source says it changed. */
export function useCurrentMessage(source: MailSource): CurrentMessage {
  const [state, setState] = useState<CurrentMessage>({ status: 'loading' });
  const load = useCallback(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    source.read().then(
      (message) => !cancelled && setState(message ? { status: 'ready', message } : { status: 'empty' }),
      (error: unknown) => !cancelled && setState({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [source]);
  useEffect(() => {
    let cancelCurrent = load();
    const unsubscribe = source.subscribe(() => {
      cancelCurrent();
      cancelCurrent = load();
    });
    return () => {
      cancelCurrent();
      unsubscribe();
    };
  }, [source, load]);
  return state;
}
