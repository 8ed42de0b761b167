import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Field, Text, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { activityInputOf, ACTIVITY_KINDS, countActivities, emptyActivityInput, type ActivityInput } from '../../domain/activity';
import type { Activity, ActivityId, ActivityKind, RecordType } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { canOpenMessageInOutlook, openMessageInOutlook } from '../../office/outlookHost';
import { useRepositories } from '../shell/RepositoriesContext';
import { describeEvent } from '../shared/workflowText';
import { ActivityForm } from './ActivityForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: 'block', marginTop: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** Bodies longer than this are folded until the user expands them; they are stored whole. */
export const HISTORY_PREVIEW_CHARS = 600;

type Editing = { kind: 'none' } | { kind: 'new'; initial: ActivityInput } | { kind: 'edit'; item: Activity };

/**
 * The History page of a lead, contact or opportunity: every linked item, newest first, filterable
 * by kind, each addable, editable and deletable. Items a conversion copied from the lead say so.
 */
export function HistoryPanel({ recordId, recordType = 'lead' }: { recordId: string; recordType?: RecordType }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { activities } = useRepositories();
  const items = useLiveQuery(() => activities.historyOf(recordId, recordType), [activities, recordId, recordType]);
  const [filter, setFilter] = useState<ActivityKind | 'all'>('all');
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [deleted, setDeleted] = useState<ActivityId | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (!items) return <Caption1>{t('app.loading')}</Caption1>;
  const counts = countActivities(items);
  const shown = filter === 'all' ? items : items.filter((i) => i.kind === filter);
  const canOpenInOutlook = canOpenMessageInOutlook();

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Field label={t('history.filter')}>
          <Select value={filter} onChange={(_, d) => setFilter(d.value as ActivityKind | 'all')}>
            <option value="all">{t('history.filter.all', { count: counts.total })}</option>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t('history.kindCount', { kind: t(`history.kind.${k}`), count: counts[k] })}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<Add20Regular />}
          onClick={() => setEditing({ kind: 'new', initial: emptyActivityInput(filter === 'all' || filter === 'email' ? 'note' : filter, Date.now()) })}
        >
          {t('history.add')}
        </Button>
      </div>
      {deleted && (
        <MessageBar intent="info">
          <MessageBarBody>{t('history.deleted')}</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={async () => {
                await activities.restore(deleted);
                setDeleted(null);
              }}
            >
              {t('record.undo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {editing.kind === 'new' && (
        <ActivityForm
          initial={editing.initial}
          onSave={async (input) => {
            await activities.add(recordId, input, recordType);
            setEditing({ kind: 'none' });
          }}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {!shown.length ? (
        <Caption1>{t('lead.history.empty')}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t('lead.history')}>
          {shown.map((item) => (
            <li key={item.id} className={styles.item}>
              {editing.kind === 'edit' && editing.item.id === item.id ? (
                <ActivityForm
                  initial={activityInputOf(item)}
                  kindFixed={item.kind === 'email'}
                  onSave={async (input) => {
                    await activities.update(item.id, input, item.rev);
                    setEditing({ kind: 'none' });
                  }}
                  onCancel={() => setEditing({ kind: 'none' })}
                />
              ) : (
                <>
                  <Caption1 block>{t(`history.kind.${item.kind}`)}</Caption1>
                  <Text weight="semibold">{item.event ? describeEvent(t, item.event) : item.subject || t('activity.email')}</Text>
                  <Caption1 block>
                    {formatDateTime(item.occurredAt)}
                    {item.kind === 'appointment' && item.endAt !== null && ` ${t('history.until', { date: formatDateTime(item.endAt) })}`}
                    {item.kind === 'appointment' && item.location && ` · ${item.location}`}
                    {item.kind === 'phone' &&
                      ` · ${t('history.phoneSummary', { direction: t(`history.direction.${item.direction ?? 'outgoing'}`), minutes: item.durationMinutes ?? 0 })}`}
                    {item.kind === 'phone' && item.outcome && ` · ${item.outcome}`}
                    {item.kind === 'task' && item.dueAt !== null && ` · ${t('history.due', { date: formatDateTime(item.dueAt) })}`}
                    {item.kind === 'task' && item.done && ` · ${t('history.doneMark')}`}
                    {item.copiedFromId && ` · ${t('workflow.event.copied')}`}
                  </Caption1>
                  {item.body && (
                    <Text size={200} className={styles.body}>
                      {item.body.length > HISTORY_PREVIEW_CHARS && !expanded.has(item.id) ? `${item.body.slice(0, HISTORY_PREVIEW_CHARS)}…` : item.body}
                    </Text>
                  )}
                  <div className={styles.actions}>
                    {item.body.length > HISTORY_PREVIEW_CHARS && !expanded.has(item.id) && (
                      <Button size="small" appearance="transparent" onClick={() => setExpanded(new Set([...expanded, item.id]))}>
                        {t('history.more')}
                      </Button>
                    )}
                    {item.kind === 'email' && item.itemId && canOpenInOutlook && (
                      <Button size="small" appearance="transparent" onClick={() => openMessageInOutlook(item.itemId!)}>
                        {t('history.openInOutlook')}
                      </Button>
                    )}
                    {item.kind !== 'system' && <Button size="small" appearance="transparent" aria-label={t('history.edit', { subject: item.subject })} onClick={() => setEditing({ kind: 'edit', item })}>
                      {t('history.editShort')}
                    </Button>}
                    {/* "Created" belongs to the lead record itself: it goes when the lead does. */}
                    {item.event?.type !== 'created' && <Button
                      size="small"
                      appearance="transparent"
                      aria-label={t('history.delete', { subject: item.subject })}
                      onClick={async () => {
                        await activities.remove(item.id);
                        setDeleted(item.id);
                      }}
                    >
                      {t('history.deleteShort')}
                    </Button>}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
