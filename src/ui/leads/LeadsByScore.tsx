import { Body1, Button, Caption1, Field, makeStyles, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MAX_STARS } from '../../domain/scoring';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { LeadDetail } from './LeadDetail';
import { useRepositories } from '../shell/RepositoriesContext';
import { LeadStars } from '../scoring/LeadStars';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%', textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, background: 'none', color: 'inherit', cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  filter: { maxWidth: '160px' },
});

const STAR_FILTERS = Array.from({ length: MAX_STARS + 1 }, (_, i) => MAX_STARS - i);

/** Scored leads, highest first, with a filter by stars; opening one shows its detail. */
export function LeadsByScore() {
  const styles = useStyles();
  const { t } = useI18n();
  const { scoring, leads } = useRepositories();
  const [stars, setStars] = useState<number | undefined>(undefined);
  const [openId, setOpenId] = useState<LeadId | null>(null);
  const rows = useLiveQuery(() => scoring.listByScore({ stars }), [scoring, stars]);
  const open = useLiveQuery(() => (openId ? leads.get(openId) : undefined), [leads, openId]);

  if (openId && open) {
    return (
      <div>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => setOpenId(null)}>{t('lead.back')}</Button>
        <LeadDetail lead={open} />
      </div>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="leads-by-score-title">
      <Subtitle2 as="h2" id="leads-by-score-title">{t('scoring.byScore.title')}</Subtitle2>
      <Field label={t('scoring.byScore.filter')} className={styles.filter}>
        <Select value={stars === undefined ? '' : String(stars)} onChange={(_, data) => setStars(data.value === '' ? undefined : Number(data.value))}>
          <option value="">{t('scoring.byScore.all')}</option>
          {STAR_FILTERS.map((value) => (
            <option key={value} value={value}>{t('scoring.byScore.starsOption', { stars: value })}</option>
          ))}
        </Select>
      </Field>
      <Caption1>{t('scoring.byScore.note')}</Caption1>
      {!rows && <Caption1>{t('app.loading')}</Caption1>}
      {rows && !rows.length && <Body1>{t('scoring.byScore.empty')}</Body1>}
      {rows && rows.length > 0 && (
        <ul className={styles.list} aria-label={t('scoring.byScore.title')}>
          {rows.map(({ lead, score }) => (
            <li key={lead.id}>
              <button type="button" className={styles.row} onClick={() => setOpenId(lead.id)} aria-label={t('scoring.byScore.open', { name: lead.fullName })}>
                <span className={styles.name}>
                  <Text weight="semibold" block>{lead.fullName}</Text>
                  <Caption1>{[lead.company, lead.rating && t(`scoring.rating.${lead.rating}`)].filter(Boolean).join(' · ')}</Caption1>
                </span>
                <LeadStars stars={score.stars} score={score.score} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
