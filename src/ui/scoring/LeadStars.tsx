import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Star16Filled, Star16Regular } from '@fluentui/react-icons/svg/star';
import { MAX_STARS } from '../../domain/scoring';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  stars: { display: 'inline-flex', color: tokens.colorPaletteMarigoldForeground1 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export type LeadStarsProps = {
  /** 0-5, or null when the lead has no score. */
  stars: number | null;
  /** The 0-100 score shown after the stars; omitted = stars only. */
  score?: number | null;
  className?: string;
};

/** A lead's stars (and score), read out as one phrase by screen readers. For lists and the detail. */
export function LeadStars({ stars, score, className }: LeadStarsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (stars === null) return <Caption1 className={mergeClasses(styles.empty, className)}>{t('scoring.noStars')}</Caption1>;
  const label = score === undefined || score === null ? t('scoring.stars', { stars }) : t('scoring.stars.withScore', { stars, score });
  return (
    <span className={mergeClasses(styles.root, className)} role="img" aria-label={label}>
      <span className={styles.stars} aria-hidden>
        {Array.from({ length: MAX_STARS }, (_, i) => (i < stars ? <Star16Filled key={i} /> : <Star16Regular key={i} className={styles.empty} />))}
      </span>
      {score !== undefined && score !== null && <Caption1 aria-hidden>{t('scoring.scoreNumber', { score })}</Caption1>}
    </span>
  );
}
