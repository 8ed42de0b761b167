import type { MailMessage } from '../domain/mailMessage';
import type { MailSource } from './mailSource';

export type PreviewMailSource = MailSource & {
  /** Opens an .eml file; a file that cannot be read becomes the error that read() rejects with. */
  openFile(file: Blob): Promise<void>;
  openRaw(raw: string | ArrayBuffer, source: 'eml' | 'sample'): Promise<void>;
  /** Starts fetching the MIME parser now, so the first file opens without waiting for it. */
  preload(): void;
};

const loadParser = () => import(/* webpackChunkName: "eml" */ './parseEml');

/** Outside Outlook the user chooses the message: an .eml file or one of the bundled samples. */
export function createPreviewMailSource(): PreviewMailSource {
  let current: { message: MailMessage | null; error: unknown } = { message: null, error: null };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const openRaw = async (raw: string | ArrayBuffer, source: 'eml' | 'sample') => {
    try {
      // The MIME parser is loaded on first use: inside Outlook the pane never needs it.
      const { parseEml } = await loadParser();
      current = { message: await parseEml(raw, source), error: null };
    } catch (error) {
      current = { message: null, error };
    }
    notify();
  };
  return {
    kind: 'preview',
    async read() {
      if (current.error) throw current.error;
      return current.message;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openRaw,
    preload() {
      void loadParser();
    },
    async openFile(file) {
      await openRaw(await file.arrayBuffer(), 'eml');
    },
  };
}
