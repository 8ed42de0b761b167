import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { describeEvent } from '../workflow/workflowText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: 'block', marginTop: tokens.spacingVerticalXS },
});

/** A lead's history, newest first. Email bodies are shown as text, never as HTML. */
export function HistoryList({ leadId }: { leadId: LeadId }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { activities } = useRepositories();
  const items = useLiveQuery(() => activities.historyOf(leadId), [activities, leadId]);
  if (!items) return <Caption1>{t('app.loading')}</Caption1>;
  if (!items.length) return <Caption1>{t('lead.history.empty')}</Caption1>;
  return (
    <ul className={styles.list} aria-label={t('lead.history')}>
      {items.map((item) => (
        <li key={item.id} className={styles.item}>
          <Text weight="semibold">{item.event ? describeEvent(t, item.event) : item.subject || t('activity.email')}</Text>
          <Caption1 block>{formatDateTime(item.occurredAt)}</Caption1>
          {item.body && <Text size={200} className={styles.body}>{item.body.length > 600 ? `${item.body.slice(0, 600)}…` : item.body}</Text>}
        </li>
      ))}
    </ul>
  );
}
