import { Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Tab, TabList, tokens, typographyStyles } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { LeadDuplicate } from '../../domain/duplicates';
import { leadInputOf } from '../../domain/lead';
import type { Lead, LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { HistoryPanel } from '../history/HistoryPanel';
import { LeadWorkflowActions } from './LeadWorkflowActions';
import { LeadScoreSection } from '../scoring/LeadScoreSection';
import { DraftedLeadForm } from '../form-drafts/DraftedLeadForm';
import { useRepositories } from '../shell/RepositoriesContext';
import { useFocusOnAppear } from '../shared/useFocusOnAppear';
import { FieldConflicts } from '../team/FieldConflicts';

const useStyles = makeStyles({
  heading: { ...typographyStyles.title3, margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { overflowWrap: 'anywhere', minWidth: 0 },
});

type Page = 'general' | 'score' | 'history';

/** One lead: the General page (every field, editable) and the History page, live from storage. */
export function LeadRecord({ leadId, onDeleted, onOpenExisting }: { leadId: LeadId; onDeleted: (lead: Lead) => void; onOpenExisting: (m: LeadDuplicate) => void }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { leads, activities } = useRepositories();
  const stored = useLiveQuery(async () => (await leads.getAny(leadId)) ?? null, [leads, leadId]);
  const historyCount = useLiveQuery(async () => (await activities.historyOf(leadId)).length, [activities, leadId]) ?? 0;
  const [page, setPage] = useState<Page>('general');
  // The form edits the version it was opened on; a save over a newer one is a conflict, never silent.
  const [base, setBase] = useState<Lead | null>(null);
  // Bumped when the user reloads another pane's version: the form starts over from it.
  const [reloads, setReloads] = useState(0);
  const opened = base?.id === leadId ? base : stored;
  const focusHeading = useFocusOnAppear<HTMLHeadingElement>(true);

  if (stored === undefined) return <Caption1>{t('app.loading')}</Caption1>;
  if (stored === null || !opened) return <Body1>{t('record.gone')}</Body1>;
  if (!base || base.id !== leadId) setBase(stored);
  const subtitle = [stored.jobTitle, stored.company].filter(Boolean).join(' · ');

  return (
    <section className={styles.root} aria-label={stored.fullName}>
      <div className={styles.header}>
        <div className={styles.title}>
          <h2 className={styles.heading} ref={focusHeading} tabIndex={-1}>{stored.fullName}</h2>
          {subtitle && <Body1 block>{subtitle}</Body1>}
          {stored.region && <Body1 block>{t('region.shown', { region: stored.region })}</Body1>}
          <Caption1 block>{t('lead.created', { date: formatDateTime(stored.createdAt) })}</Caption1>
          {stored.status !== 'open' && <Badge appearance="tint">{t(`record.status.${stored.status}`)}</Badge>}
        </div>
        {!stored.deletedAt && (
          <Button
            icon={<Delete20Regular />}
            onClick={async () => {
              await leads.softDelete(stored.id);
              onDeleted(stored);
            }}
          >
            {t('record.delete')}
          </Button>
        )}
      </div>
      {stored.deletedAt ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('record.inBin')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <FieldConflicts
        lead={stored}
        onResolved={(lead) => {
          // The form starts over from the answered version, so its next save is not a conflict.
          setBase(lead);
          setReloads((n) => n + 1);
        }}
      />
      {!stored.deletedAt && <LeadWorkflowActions lead={stored} />}
      <TabList selectedValue={page} onTabSelect={(_, d) => setPage(d.value as Page)} size="small">
        <Tab value="general">{t('record.tab.general')}</Tab>
        <Tab value="score">{t('scoring.section.title')}</Tab>
        <Tab value="history">{t('record.tab.history', { count: historyCount })}</Tab>
      </TabList>
      {page === 'general' ? (
        <DraftedLeadForm
          key={`${opened.id}-${reloads}`}
          target={{ kind: 'lead', leadId: opened.id }}
          stored={opened}
          leadId={opened.id}
          initial={leadInputOf(opened)}
          submitLabel={t('record.save')}
          showAssignee={false}
          // The assignee is the workflow section's (its own writes, with history): keep what is stored.
          onSave={(input, baseRev, photo) => leads.update(opened.id, { ...input, ownerId: stored.ownerId ?? null }, baseRev ?? opened.rev, photo)}
          onSaved={(lead) => setBase(lead)}
          onReload={(current) => {
            setBase(current);
            setReloads((n) => n + 1);
          }}
          onOpenExisting={onOpenExisting}
        />
      ) : page === 'score' ? (
        <LeadScoreSection lead={stored} />
      ) : (
        <HistoryPanel recordId={opened.id} />
      )}
    </section>
  );
}
