import type { Translate } from '../../i18n/translate';
import { CriterionValidationError } from '../../storage/scoringRepository';

/** What a user reads when a criteria change fails: the rule broken, or what went wrong. */
export function criterionErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof CriterionValidationError) {
    return error.error.code === 'required' ? t('scoring.criteria.error.required') : t('scoring.criteria.error.tooLong', { max: error.error.max });
  }
  return t('scoring.error.saveFailed', { detail: error instanceof Error ? error.message : String(error) });
}
