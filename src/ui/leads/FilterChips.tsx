import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss12Regular } from '@fluentui/react-icons/svg/dismiss';
import type { LeadFilters } from '../../domain/leadQuery';
import type { ReportNames } from '../../domain/reports/buildReport';
import { chipKey, chipsOf, withoutChip } from '../../domain/reports/filterChips';
import { useI18n } from '../../i18n/I18nContext';
import { chipLabel } from '../reports/reportText';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', margin: 0, padding: 0, listStyleType: 'none' },
  chip: { maxWidth: '100%' },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** The list's filters as removable chips ("Hà Nội ×", "Nóng ×"); several combine. */
export function FilterChips({ value, names, onChange }: { value: LeadFilters; names: ReportNames; onChange(filters: LeadFilters): void }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const chips = chipsOf(value);
  if (!chips.length) return null;
  const clearAll = () => {
    let next = value;
    for (const chip of chips) next = withoutChip(next, chip);
    onChange(next);
  };
  return (
    <ul className={styles.root} aria-label={t('chips.label')}>
      {chips.map((chip) => {
        const label = chipLabel(chip, names, t, locale);
        return (
          <li key={chipKey(chip)} className={styles.chip}>
            <Button size="small" shape="circular" icon={<Dismiss12Regular />} iconPosition="after" aria-label={t('chips.remove', { label })} onClick={() => onChange(withoutChip(value, chip))}>
              <span className={styles.text}>{label}</span>
            </Button>
          </li>
        );
      })}
      {chips.length > 1 && (
        <li>
          <Button size="small" appearance="subtle" onClick={clearAll}>
            {t('chips.clear')}
          </Button>
        </li>
      )}
    </ul>
  );
}
