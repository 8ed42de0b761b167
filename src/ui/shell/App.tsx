import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, tokens, typographyStyles, type Theme } from '@fluentui/react-components';
import { DataBarVertical20Regular } from '@fluentui/react-icons/svg/data-bar-vertical';
import { Mail20Regular } from '@fluentui/react-icons/svg/mail';
import { PeopleTeam20Regular } from '@fluentui/react-icons/svg/people-team';
import { PersonStar20Regular } from '@fluentui/react-icons/svg/person-star';
import { Settings20Regular } from '@fluentui/react-icons/svg/settings';
import { Star20Regular } from '@fluentui/react-icons/svg/star';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useState, type ReactElement } from 'react';
import type { LeadFilters } from '../../domain/leadQuery';
import type { LeadId } from '../../domain/types';
import type { MessageKey } from '../../i18n/en';
import { I18nProvider } from '../../i18n/I18nContext';
import { createTranslate, localeFromLanguageTag } from '../../i18n/translate';
import type { MailSource } from '../../office/mailSource';
import { OFFICE_LOAD_TIMEOUT_MS } from '../../office/officeLoader';
import type { PreviewMailSource } from '../../office/previewMailSource';
import type { Repositories } from '../../storage/repositories';
import { EmailTab } from '../email/EmailTab';
import { PreviewBar } from '../preview/PreviewBar';
import { RescoreStatus } from '../scoring/RescoreStatus';
import { SeedCurrentUserEffect } from '../people/SeedCurrentUserEffect';
import type { CurrentUser } from '../../storage/people/peopleRepository';
import { DocumentLanguageEffect } from './DocumentLanguageEffect';
import { ErrorBoundary } from './ErrorBoundary';
import { NavigationProvider, type Navigation } from './NavigationContext';
import { RepositoriesProvider } from './RepositoriesContext';
import { useCurrentMessage } from './useCurrentMessage';
import { useTextInputFocusRing } from './useTextInputFocusRing';
import type { TeamSyncLoader } from '../../sync/teamSyncApi';
import { TeamSyncProvider } from '../team/TeamSyncContext';

// Only the email tab is on the path from opening the pane to a prefilled form; the other tabs
// load when first opened, so the pane starts with less JavaScript to parse.
const LeadsTab = lazy(() => import(/* webpackChunkName: "leads" */ '../leads/LeadsTab').then((m) => ({ default: m.LeadsTab })));
const LeadsByScore = lazy(() => import(/* webpackChunkName: "scores" */ '../leads/LeadsByScore').then((m) => ({ default: m.LeadsByScore })));
const CrmTab = lazy(() => import(/* webpackChunkName: "customers" */ '../customers/CrmTab').then((m) => ({ default: m.CrmTab })));
const ReportsTab = lazy(() => import(/* webpackChunkName: "reports" */ '../reports/ReportsTab').then((m) => ({ default: m.ReportsTab })));
const SettingsTab = lazy(() => import(/* webpackChunkName: "settings" */ '../settings/SettingsTab').then((m) => ({ default: m.SettingsTab })));

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1 },
  // One line at any pane width: six equal tabs, each an icon over a short label.
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: 'nowrap' },
  tab: {
    // Fluent lays a tab out as a grid with the icon in column 1 and the label in column 2: stack them.
    flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'center', rowGap: tokens.spacingVerticalXXS,
    '& > .fui-Tab__icon': { gridColumnStart: 1, gridRowStart: 1 },
    '& > .fui-Tab__content, & > .fui-Tab__content--reserved-space': { gridColumnStart: 1, gridRowStart: 2 },
    paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS,
  },
  // A label too long for its share wraps onto a second line under the icon instead of being cut.
  tabLabel: { ...typographyStyles.caption1, maxWidth: '100%', whiteSpace: 'normal', textAlign: 'center', paddingLeft: 0, paddingRight: 0 },
  content: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The selected tab already shows the view's name; the h1 is for screen-reader heading navigation.
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export type AppProps = {
  repositories: Repositories;
  source: MailSource;
  /** Present in preview mode: the controls that stand in for Outlook. */
  preview: PreviewMailSource | null;
  officeProblem: 'loadFailed' | 'timeout' | null;
  /** Office.context.displayLanguage in Outlook, the browser's language in preview. */
  hostLanguage: string;
  theme: Theme;
  /** The signed-in Outlook user (null in preview), who seeds the people list. */
  currentUser?: CurrentUser | null;
  /** Reloads the pane in safe mode (Settings and backup only); offered when a part fails to show. */
  openSafeMode?: () => void;
  /** Loads team sync when a server is configured (Settings > Team); absent, the pane has no Team section. */
  teamSync?: TeamSyncLoader | null;
};

type TabId = 'email' | 'leads' | 'customers' | 'scores' | 'reports' | 'settings';

/** Each tab's label, which is also its view's h1. */
const TAB_LABELS: Readonly<Record<TabId, MessageKey>> = {
  email: 'tabs.email',
  leads: 'tabs.leads',
  customers: 'workflow.tab',
  scores: 'scoring.tab',
  reports: 'reports.tab',
  settings: 'tabs.settings',
};
const TAB_ORDER: readonly TabId[] = ['email', 'leads', 'customers', 'scores', 'reports', 'settings'];
/** What each tab shows under its icon: a part of its full name, which stays its accessible name. */
const TAB_SHORT_LABELS: Readonly<Record<TabId, MessageKey>> = {
  email: 'tabs.short.email',
  leads: 'tabs.short.leads',
  customers: 'tabs.short.customers',
  scores: 'tabs.short.scores',
  reports: 'tabs.short.reports',
  settings: 'tabs.short.settings',
};
const TAB_ICONS: Readonly<Record<TabId, ReactElement>> = {
  email: <Mail20Regular />,
  leads: <PersonStar20Regular />,
  customers: <PeopleTeam20Regular />,
  scores: <Star20Regular />,
  reports: <DataBarVertical20Regular />,
  settings: <Settings20Regular />,
};

export function App({ repositories, source, preview, officeProblem, hostLanguage, theme, currentUser, openSafeMode, teamSync = null }: AppProps) {
  const styles = useStyles();
  useTextInputFocusRing();
  const language = useLiveQuery(() => repositories.settings.get('language'), [repositories]) ?? 'auto';
  const locale = language === 'auto' ? localeFromLanguageTag(hostLanguage) : language;
  const t = createTranslate(locale);
  const [tab, setTab] = useState<TabId>('email');
  // A request to open a lead (or the list with filters) in the Leads tab; the counter remounts
  // the tab for each request.
  const [leadRequest, setLeadRequest] = useState<{ id?: LeadId; filters?: LeadFilters; count: number } | null>(null);
  const navigation = useMemo<Navigation>(
    () => ({
      openLead: (id) => {
        setLeadRequest((previous) => ({ id, count: (previous?.count ?? 0) + 1 }));
        setTab('leads');
      },
      openLeads: (filters) => {
        setLeadRequest((previous) => ({ filters, count: (previous?.count ?? 0) + 1 }));
        setTab('leads');
      },
    }),
    [],
  );
  const current = useCurrentMessage(source);

  return (
    <FluentProvider theme={theme} lang={locale}>
      <I18nProvider locale={locale}>
        <RepositoriesProvider repositories={repositories}>
          <NavigationProvider navigation={navigation}>
          <TeamSyncProvider loader={teamSync}>
          <SeedCurrentUserEffect user={currentUser} />
          <DocumentLanguageEffect locale={locale} />
          <div className={styles.root}>
            <nav data-no-print aria-label={t('tabs.navigation')}>
              <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
                {TAB_ORDER.map((id) => {
                  const [full, short] = [t(TAB_LABELS[id]), t(TAB_SHORT_LABELS[id])];
                  return (
                    <Tab key={id} value={id} icon={TAB_ICONS[id]} className={styles.tab} content={{ className: styles.tabLabel }} aria-label={short === full ? undefined : full}>
                      {short}
                    </Tab>
                  );
                })}
              </TabList>
            </nav>
            <main className={styles.content}>
              <h1 className={styles.visuallyHidden}>{t(TAB_LABELS[tab])}</h1>
              {officeProblem && (
                <MessageBar intent="warning" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{t('office.unavailable.title')}</MessageBarTitle>
                    {officeProblem === 'timeout'
                      ? t('office.unavailable.timeout', { seconds: OFFICE_LOAD_TIMEOUT_MS / 1000 })
                      : t('office.unavailable.loadFailed')}
                  </MessageBarBody>
                </MessageBar>
              )}
              <RescoreStatus />
              {/* One boundary per tab, tried again on every move to another tab or record: a bad record
                  hides only what shows it, and Settings (with backup) stays one click away. */}
              <ErrorBoundary
                resetKey={`${tab}:${leadRequest?.count ?? 0}`}
                message={(detail) => t('error.boundary', { detail })}
                action={openSafeMode && <Button size="small" onClick={openSafeMode}>{t('safeMode.open')}</Button>}
              >
                {tab === 'email' && (
                  <>
                    {preview && <PreviewBar source={preview} />}
                    <EmailTab current={current} />
                  </>
                )}
                <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
                  {tab === 'leads' && <LeadsTab key={leadRequest?.count ?? 0} initialLeadId={leadRequest?.id} initialFilters={leadRequest?.filters} />}
                  {tab === 'customers' && <CrmTab />}
                  {tab === 'scores' && <LeadsByScore />}
                  {tab === 'reports' && <ReportsTab />}
                  {tab === 'settings' && <SettingsTab language={language} hostLanguage={hostLanguage} />}
                </Suspense>
              </ErrorBoundary>
            </main>
          </div>
          </TeamSyncProvider>
          </NavigationProvider>
        </RepositoriesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
