import { useCallback } from 'react';
import { criterionText, type DefaultCriterionKey } from '../../domain/defaultCriteria';
import type { Criterion } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';

/** A default criterion's words in the catalogue of the pane's language (seeding and display alike). */
export function useDescribeDefault(): (key: DefaultCriterionKey) => string {
  const { t } = useI18n();
  return useCallback((key: DefaultCriterionKey) => t(`scoring.default.${key}`), [t]);
}

/** The words a criterion shows in the pane's language (`criterionText`). */
export function useCriterionText(): (criterion: Pick<Criterion, 'description' | 'builtIn'>) => string {
  const describe = useDescribeDefault();
  return useCallback((criterion) => criterionText(criterion, describe), [describe]);
}
