/** Why a message could not be read; the pane turns the code into a sentence in the user's language. */
export type MailReadErrorCode = 'noItem' | 'bodyUnavailable' | 'emlUnreadable' | 'emlTooLarge' | 'emlNotEmail';

export class MailReadError extends Error {
  constructor(readonly code: MailReadErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MailReadError';
  }
}
