import type { LeadFieldError } from '../../domain/lead';
import type { Translate } from '../../i18n/translate';

export function fieldErrorMessage(t: Translate, error: LeadFieldError): string {
  switch (error.code) {
    case 'required':
      return t('lead.error.required');
    case 'tooLong':
      return t('lead.error.tooLong', { max: error.max ?? 0 });
    case 'invalidEmail':
      return t('lead.error.invalidEmail', { value: error.value });
    case 'duplicateEmail':
      return t('lead.error.duplicateEmail', { value: error.value });
    case 'invalidWebsite':
      return t('record.error.invalidWebsite', { value: error.value });
    case 'invalidPhone':
      return t('record.error.invalidPhone', { value: error.value });
    case 'severalForMail':
      return t('record.error.severalForMail');
    case 'notANumber':
      return t('record.error.notANumber', { value: error.value });
    case 'notADate':
      return t('record.error.notADate', { value: error.value });
    case 'notAChoice':
      return t('record.error.notAChoice', { value: error.value });
  }
}
