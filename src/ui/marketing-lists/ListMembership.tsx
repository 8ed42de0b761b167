import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { MarketingListId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import type { MemberRef } from '../../storage/marketing-lists/marketingListRepository';
import { useRepositories } from '../shell/RepositoriesContext';
import { workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  lists: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
});

/** The marketing lists a lead or contact is in, with remove buttons and "Add to list". */
export function ListMembership({ member }: { member: MemberRef }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const memberOf = useLiveQuery(() => workflow.lists.listsOf(member.memberId), [workflow, member.memberId]) ?? [];
  const allLists = useLiveQuery(() => workflow.lists.lists(), [workflow]) ?? [];
  const [listId, setListId] = useState('');
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      setMessage(success ? { intent: 'success', text: success } : null);
    } catch (e) {
      setMessage({ intent: 'error', text: workflowErrorMessage(t, e) });
    }
  }

  const addable = allLists.filter((l) => !memberOf.some((m) => m.id === l.id));
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{t('workflow.lists.memberOf')}</Subtitle2>
      {memberOf.length === 0 ? (
        <Caption1>{t('workflow.lists.none')}</Caption1>
      ) : (
        <ul className={styles.lists} aria-label={t('workflow.lists.memberOf')}>
          {memberOf.map((list) => (
            <li key={list.id}>
              <Button size="small" appearance="outline" aria-label={t('workflow.lists.removeFrom', { name: list.name })}
                onClick={() => void run(() => workflow.lists.removeMembers(list.id, [member.memberId]))}>
                {list.name} ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      {addable.length > 0 && (
        <div className={styles.row}>
          <Select className={styles.grow} aria-label={t('workflow.lists.choose')} value={listId} onChange={(_, data) => setListId(data.value)}>
            <option value="">{t('workflow.lists.choose')}</option>
            {addable.map((l) => (
              <option key={l.id} value={l.id}>{l.name}</option>
            ))}
          </Select>
          <Button size="small" disabled={!listId} onClick={() => {
            const list = addable.find((l) => l.id === listId);
            void run(async () => {
              await workflow.lists.addMembers(listId as MarketingListId, [member]);
              setListId('');
            }, t('workflow.lists.added', { count: 1, name: list?.name ?? '' }));
          }}>
            {t('workflow.lists.addTo')}
          </Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
