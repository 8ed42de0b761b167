import { Body1, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { LeadDetail } from './LeadDetail';
import { DEFAULT_LEAD_FILTER, type LeadListFilter } from '../../storage/workflow/massEditRepository';
import { BulkActions } from '../workflow/BulkActions';
import { LeadFilterBar } from '../workflow/LeadFilterBar';
import { useInterimLeadSelection } from '../workflow/interim/useInterimLeadSelection';

/** How many leads the simple list shows; the virtualised list replaces this limit. */
export const LEADS_PAGE_SIZE = 200;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    background: 'none',
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function LeadsTab() {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads, workflow } = useRepositories();
  const [openId, setOpenId] = useState<LeadId | null>(null);
  // Workflow (#6): assignee filter and an interim selection until the record branch's list lands.
  const [filter, setFilter] = useState<LeadListFilter>(DEFAULT_LEAD_FILTER);
  const list = useLiveQuery(() => workflow.massEdit.listFiltered(filter, LEADS_PAGE_SIZE), [workflow, filter]);
  const total = useLiveQuery(() => workflow.massEdit.idsMatching(filter).then((ids) => ids.length), [workflow, filter]) ?? 0;
  const resolveAll = useCallback(() => workflow.massEdit.idsMatching(filter), [workflow, filter]);
  const visibleIds = useMemo(() => (list ?? []).map((l) => l.id), [list]);
  const selection = useInterimLeadSelection(visibleIds, resolveAll, total);
  const onRowClick = (event: MouseEvent, id: LeadId) => {
    const toggle = event.ctrlKey || event.metaKey;
    if (event.shiftKey || toggle) selection.click(id, { shift: event.shiftKey, toggle });
    else setOpenId(id);
  };
  const open = useLiveQuery(() => (openId ? leads.get(openId) : undefined), [leads, openId]);

  if (openId && open) {
    return (
      <div>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => setOpenId(null)}>
          {t('lead.back')}
        </Button>
        <LeadDetail lead={open} />
      </div>
    );
  }
  if (!list) return <Caption1>{t('app.loading')}</Caption1>;
  return (
    <div className={styles.root}>
    <LeadFilterBar value={filter} onChange={(next) => { setFilter(next); selection.clear(); }} />
    <BulkActions selection={selection} />
    {!list.length && <Body1>{t('leads.empty')}</Body1>}
    <ul
      className={styles.list}
      aria-label={t('leads.title')}
      onKeyDown={(event) => {
        if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          selection.selectAll();
        } else if (event.key === 'Escape') selection.clear();
      }}
    >
      {list.map((lead) => (
        <li key={lead.id}>
          <button
            type="button"
            className={mergeClasses(styles.row, selection.isSelected(lead.id) && styles.selected)}
            aria-pressed={selection.isSelected(lead.id)}
            onMouseDown={(event) => event.shiftKey && event.preventDefault()}
            onClick={(event) => onRowClick(event, lead.id)}
            aria-label={t('leads.open', { name: lead.fullName })}
          >
            <Text weight="semibold" block>{lead.fullName}</Text>
            <Caption1>{[lead.company, lead.emails[0]?.address].filter(Boolean).join(' · ')}</Caption1>
          </button>
        </li>
      ))}
    </ul>
    </div>
  );
}
