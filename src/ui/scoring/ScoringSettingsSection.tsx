import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { CriteriaEditor } from './CriteriaEditor';
import { RatingThresholdsForm } from './RatingThresholdsForm';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Scoring's part of the settings tab: the criteria and the rating-suggestion thresholds. */
export function ScoringSettingsSection() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <section className={styles.root} aria-labelledby="scoring-criteria-title">
      <Subtitle2 as="h2" id="scoring-criteria-title">{t('scoring.criteria.title')}</Subtitle2>
      <CriteriaEditor />
      <Subtitle2 as="h3">{t('scoring.thresholds.title')}</Subtitle2>
      <RatingThresholdsForm />
    </section>
  );
}
