import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { MarketingListId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
  grow: { flexGrow: 1, minWidth: '120px' },
});

/** Static marketing lists: create, rename, delete, see and remove members. */
export function MarketingListsView() {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const lists = useLiveQuery(() => workflow.lists.lists(), [workflow]);
  const [name, setName] = useState('');
  const [openId, setOpenId] = useState<MarketingListId | null>(null);
  const [renaming, setRenaming] = useState<{ id: MarketingListId; name: string } | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string; undoListId?: MarketingListId } | null>(null);
  const members = useLiveQuery(() => (openId ? workflow.lists.members(openId) : undefined), [workflow, openId]);

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      setMessage(success ? { intent: 'success', text: success } : null);
      return true;
    } catch (e) {
      setMessage({ intent: 'error', text: workflowErrorMessage(t, e) });
      return false;
    }
  }
  async function create(event: FormEvent) {
    event.preventDefault();
    if (await run(() => workflow.lists.create(name))) setName('');
  }

  const open = lists?.find((l) => l.id === openId);
  return (
    <div className={styles.root}>
      <form className={styles.form} onSubmit={(e) => void create(e)}>
        <Field className={styles.grow} label={t('workflow.lists.new')}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button type="submit">{t('workflow.lists.create')}</Button>
      </form>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
          {message.undoListId && (
            <MessageBarActions>
              <Button size="small" onClick={() => void run(() => workflow.lists.restore(message.undoListId!))}>{t('workflow.undo')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {!lists ? (
        <Caption1>{t('app.loading')}</Caption1>
      ) : lists.length === 0 ? (
        <Body1>{t('workflow.lists.empty')}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t('workflow.lists')}>
          {lists.map((list) => (
            <li key={list.id} className={styles.row}>
              {renaming?.id === list.id ? (
                <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void run(() => workflow.lists.rename(list.id, renaming.name)).then((ok) => ok && setRenaming(null)); }}>
                  <Input aria-label={t('workflow.rename')} value={renaming.name} onChange={(_, d) => setRenaming({ id: list.id, name: d.value })} />
                  <Button type="submit" size="small">{t('workflow.save')}</Button>
                </form>
              ) : (
                <Button appearance="transparent" aria-label={t('workflow.lists.open', { name: list.name })} onClick={() => setOpenId(list.id)}>
                  <Text weight={openId === list.id ? 'semibold' : 'regular'}>{list.name}</Text>&nbsp;<Caption1>({t('workflow.lists.memberCount', { count: list.memberCount })})</Caption1>
                </Button>
              )}
              <span>
                <Button size="small" appearance="subtle" aria-label={t('workflow.lists.renameList', { name: list.name })} onClick={() => setRenaming({ id: list.id, name: list.name })}>{t('workflow.rename')}</Button>
                <Button size="small" appearance="subtle" aria-label={t('workflow.lists.delete', { name: list.name })} onClick={() => void run(() => workflow.lists.remove(list.id)).then((ok) => {
                  if (!ok) return;
                  setMessage({ intent: 'success', text: t('workflow.lists.deleted', { name: list.name }), undoListId: list.id });
                  if (openId === list.id) setOpenId(null);
                })}>
                  {t('workflow.remove')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <>
          <Subtitle2 as="h3">{t('workflow.lists.members', { name: open.name })}</Subtitle2>
          {!members ? (
            <Caption1>{t('app.loading')}</Caption1>
          ) : members.length === 0 ? (
            <Caption1>{t('workflow.lists.noMembers')}</Caption1>
          ) : (
            <ul className={styles.list} aria-label={t('workflow.lists.members', { name: open.name })}>
              {members.map((m) => (
                <li key={m.id} className={styles.row}>
                  <span>
                    <Text block>{m.name}</Text>
                    <Caption1>{m.detail}</Caption1>
                  </span>
                  <Button size="small" appearance="subtle" aria-label={t('workflow.lists.removeMember', { name: m.name })} onClick={() => void run(() => workflow.lists.removeMembers(open.id, [m.memberId]))}>
                    {t('workflow.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
