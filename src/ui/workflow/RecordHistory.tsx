import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordType } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { describeEvent } from './workflowText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: 'block' },
});

/** History of a contact, account or opportunity, including what came over from the lead. */
export function RecordHistory({ recordType, recordId }: { recordType: RecordType; recordId: string }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { workflow } = useRepositories();
  const items = useLiveQuery(() => workflow.crm.historyOf(recordType, recordId), [workflow, recordType, recordId]);
  if (!items) return <Caption1>{t('app.loading')}</Caption1>;
  if (!items.length) return <Caption1>{t('lead.history.empty')}</Caption1>;
  return (
    <ul className={styles.list} aria-label={t('workflow.crm.history')}>
      {items.map((item) => (
        <li key={item.id} className={styles.item}>
          <Text weight="semibold">{item.event ? describeEvent(t, item.event) : item.subject || t('activity.email')}</Text>
          <Caption1 block>
            {formatDateTime(item.occurredAt)}
            {item.copiedFromId ? ` · ${t('workflow.event.copied')}` : ''}
          </Caption1>
          {item.body && <Text size={200} className={styles.body}>{item.body.length > 300 ? `${item.body.slice(0, 300)}…` : item.body}</Text>}
        </li>
      ))}
    </ul>
  );
}
