import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens, typographyStyles } from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons/svg/edit';
import type { ReactNode } from 'react';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { LeadWorkflowActions } from './LeadWorkflowActions';
import { LeadScoreSection } from '../scoring/LeadScoreSection';
import { HistoryPanel } from '../history/HistoryPanel';
import { displayPhone } from '../../domain/phone';
import { useNavigation } from '../shell/NavigationContext';
import { useFocusOnAppear } from '../shared/useFocusOnAppear';

const useStyles = makeStyles({
  heading: { ...typographyStyles.title3, margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  values: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  open: { alignSelf: 'flex-start' },
});

/**
 * The lead's summary, a way to its full record (in the Leads tab), and its history (the record's own History page, so notes, calls and tasks
 * can be logged from the email too); `actions` sits between them (e.g. "Log this email").
 */
/** `focusHeading`: move keyboard focus to the lead's name when it appears (it was just saved). */
export function LeadDetail({ lead, actions, focusHeading = false }: { lead: Lead; actions?: ReactNode; focusHeading?: boolean }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const navigation = useNavigation();
  const headingRef = useFocusOnAppear<HTMLHeadingElement>(focusHeading);
  const subtitle = [lead.jobTitle, lead.company].filter(Boolean).join(' · ');
  return (
    <section className={styles.root} aria-label={lead.fullName}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>{lead.fullName}</h2>
      {subtitle && <Body1>{subtitle}</Body1>}
      <div className={styles.values}>
        {lead.emails.map((e) => (
          <Body1 key={e.address}>{e.address}</Body1>
        ))}
        {lead.phones.map((p) => (
          <Body1 key={p.number}>{displayPhone(p.number)}</Body1>
        ))}
        {lead.website && <Body1>{lead.website}</Body1>}
        {lead.region && <Body1>{t('region.shown', { region: lead.region })}</Body1>}
        <Caption1>{t('lead.created', { date: formatDateTime(lead.createdAt) })}</Caption1>
      </div>
      {navigation && (
        <Button className={styles.open} icon={<Edit20Regular />} onClick={() => navigation.openLead(lead.id)}>
          {t('lead.openRecord')}
        </Button>
      )}
      {actions}
      {/* Feature sections (score, workflow actions, lists) go here, one component each. */}
      <LeadWorkflowActions lead={lead} />
      <LeadScoreSection lead={lead} />
      <Subtitle2 as="h3">{t('lead.history')}</Subtitle2>
      <HistoryPanel recordId={lead.id} />
    </section>
  );
}
