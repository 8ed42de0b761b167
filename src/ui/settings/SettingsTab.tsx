import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { LanguageSetting } from '../../storage/settingsRepository';
import { ScoringSettingsSection } from '../scoring/ScoringSettingsSection';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { WorkflowSettings } from './WorkflowSettings';
import { BackupSettings } from './BackupSettings';
import { CustomFieldsSettings } from './CustomFieldsSettings';
import { LanguageField } from './LanguageField';
import { StorageSettings } from './StorageSettings';
import { ImportExportSettings } from './ImportExportSettings';
import { TeamSettings } from '../team/TeamSettings';
import { useTeamSyncLoader } from '../team/TeamSyncContext';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' } });

/** One section that fails to show (a damaged record) leaves the others, backup included, usable. */
export function SettingsSection({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <ErrorBoundary message={(detail) => t('error.section', { detail })}>{children}</ErrorBoundary>;
}

export function SettingsTab({ language, hostLanguage }: { language: LanguageSetting; hostLanguage: string }) {
  const styles = useStyles();
  const teamSync = useTeamSyncLoader();
  return (
    <div className={styles.root}>
      <SettingsSection><LanguageField language={language} hostLanguage={hostLanguage} /></SettingsSection>
      {teamSync && <SettingsSection><TeamSettings loader={teamSync} /></SettingsSection>}
      <SettingsSection><WorkflowSettings /></SettingsSection>
      <SettingsSection><CustomFieldsSettings /></SettingsSection>
      <SettingsSection><ScoringSettingsSection /></SettingsSection>
      <SettingsSection><ImportExportSettings /></SettingsSection>
      <SettingsSection><BackupSettings /></SettingsSection>
      <SettingsSection><StorageSettings /></SettingsSection>
    </div>
  );
}
