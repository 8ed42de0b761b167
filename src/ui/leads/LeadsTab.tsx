import { Body1, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { LeadDetail } from './LeadDetail';

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
});

export function LeadsTab() {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads } = useRepositories();
  const [openId, setOpenId] = useState<LeadId | null>(null);
  const list = useLiveQuery(() => leads.listNewestFirst(LEADS_PAGE_SIZE), [leads]);
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
  if (!list.length) return <Body1>{t('leads.empty')}</Body1>;
  return (
    <ul className={styles.list} aria-label={t('leads.title')}>
      {list.map((lead) => (
        <li key={lead.id}>
          <button type="button" className={styles.row} onClick={() => setOpenId(lead.id)} aria-label={t('leads.open', { name: lead.fullName })}>
            <Text weight="semibold" block>{lead.fullName}</Text>
            <Caption1>{[lead.company, lead.emails[0]?.address].filter(Boolean).join(' · ')}</Caption1>
          </button>
        </li>
      ))}
    </ul>
  );
}
