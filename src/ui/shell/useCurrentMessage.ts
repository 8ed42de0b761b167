import { useEffect, useState } from 'react';
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
  useEffect(() => {
    // Each read gets a generation; a slower earlier read must not overwrite a newer message.
    let generation = 0;
    const read = () => {
      const mine = ++generation;
      source.read().then(
        (message) => mine === generation && setState(message ? { status: 'ready', message } : { status: 'empty' }),
        (error: unknown) => mine === generation && setState({ status: 'error', error }),
      );
    };
    read();
    const unsubscribe = source.subscribe(() => {
      setState({ status: 'loading' });
      read();
    });
    return () => {
      generation = -1;
      unsubscribe();
    };
  }, [source]);
  return state;
}
