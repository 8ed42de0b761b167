import { Body1, Button, FluentProvider, makeStyles, Title3, tokens, type Theme } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { I18nProvider } from '../../i18n/I18nContext';
import { createTranslate, localeFromLanguageTag } from '../../i18n/translate';
import type { Repositories } from '../../storage/repositories';
import type { LanguageSetting } from '../../storage/settingsRepository';
import { BackupSettings } from '../settings/BackupSettings';
import { LanguageField } from '../settings/LanguageField';
import { SettingsSection } from '../settings/SettingsTab';
import { StorageSettings } from '../settings/StorageSettings';
import { DocumentLanguageEffect } from './DocumentLanguageEffect';
import { RepositoriesProvider } from './RepositoriesContext';
import { useTextInputFocusRing } from './useTextInputFocusRing';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  content: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
});

export type SafeModeAppProps = { repositories: Repositories; hostLanguage: string; theme: Theme; onLeave: () => void };

/**
 * `taskpane.html?safe`: only the language, backup and restore, and storage, each behind its own
 * boundary. Nothing reads leads, mail or scores, so a record that breaks the pane cannot stop the
 * user from backing up what can be read or restoring a good backup.
 */
export function SafeModeApp({ repositories, hostLanguage, theme, onLeave }: SafeModeAppProps) {
  const styles = useStyles();
  useTextInputFocusRing();
  // A database that cannot be read still gets a language: the host's.
  const language = useLiveQuery<LanguageSetting>(() => repositories.settings.get('language').catch(() => 'auto' as const), [repositories]) ?? 'auto';
  const locale = language === 'auto' ? localeFromLanguageTag(hostLanguage) : language;
  const t = createTranslate(locale);
  return (
    <FluentProvider theme={theme} lang={locale}>
      <I18nProvider locale={locale}>
        <RepositoriesProvider repositories={repositories}>
          <DocumentLanguageEffect locale={locale} />
          <main className={styles.root}>
            <div className={styles.content}>
              <Title3 as="h1">{t('safeMode.title')}</Title3>
              <Body1>{t('safeMode.intro')}</Body1>
              <SettingsSection><LanguageField language={language} hostLanguage={hostLanguage} /></SettingsSection>
              <SettingsSection><BackupSettings /></SettingsSection>
              <SettingsSection><StorageSettings /></SettingsSection>
              <div>
                <Button onClick={onLeave}>{t('safeMode.leave')}</Button>
              </div>
            </div>
          </main>
        </RepositoriesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
