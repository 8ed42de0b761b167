import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons/svg/dismiss';
import { useI18n } from '../../i18n/I18nContext';
import { BulkActions } from '../bulk-edit/BulkActions';
import type { LeadSelection } from '../shared/LeadSelection';

const useStyles = makeStyles({
  root: {
    display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusMedium,
  },
});

/** Shown while leads are selected: the count and the actions on them (workflow adds its actions here). */
export function LeadsBulkToolbar({ selection }: { selection: LeadSelection }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (selection.count === 0) return null;
  return (
    <div className={styles.root} role="toolbar" aria-label={t('leads.selected', { count: selection.count })}>
      <Text weight="semibold" aria-live="polite">
        {t('leads.selected', { count: selection.count })}
      </Text>
      <Button size="small" appearance="subtle" icon={<Dismiss20Regular />} onClick={selection.clear}>
        {t('leads.clearSelection')}
      </Button>
      <BulkActions selection={selection} embedded />
    </div>
  );
}
