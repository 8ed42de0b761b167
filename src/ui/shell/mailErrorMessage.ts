import type { Translate } from '../../i18n/translate';
import { MailReadError } from '../../office/mailReadError';

/** A sentence for the user about why the message could not be read. */
export function mailErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof MailReadError) {
    const detail = error.message.replace(/^\w+:\s*/, '');
    switch (error.code) {
      case 'noItem':
        return t('mail.error.noItem');
      case 'bodyUnavailable':
        return t('mail.error.bodyUnavailable', { detail });
      case 'emlUnreadable':
        return t('mail.error.emlUnreadable', { detail });
      case 'emlTooLarge':
        return t('mail.error.emlTooLarge', { detail });
      case 'emlNotEmail':
        return t('mail.error.emlNotEmail');
    }
  }
  return t('mail.error.unknown', { detail: error instanceof Error ? error.message : String(error) });
}
