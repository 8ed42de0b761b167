import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../../storage/settingsRepository';
import { ScoringSettingsSection } from '../scoring/ScoringSettingsSection';
import { useRepositories } from '../shell/RepositoriesContext';
import { WorkflowSettings } from './WorkflowSettings';
import { BackupSettings } from './BackupSettings';
import { CustomFieldsSettings } from './CustomFieldsSettings';
import { StorageSettings } from './StorageSettings';
import { ImportExportSettings } from './ImportExportSettings';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' } });

export function SettingsTab({ language, hostLanguage }: { language: LanguageSetting; hostLanguage: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { settings } = useRepositories();
  return (
    <div className={styles.root}>
      <Field label={t('settings.language')}>
        <Select value={language} onChange={(_, data) => {
          const picked = LANGUAGE_SETTINGS.find((choice) => choice === data.value);
          if (picked) void settings.set('language', picked);
        }}>
          <option value="auto">{t('settings.language.auto', { language: hostLanguage })}</option>
          <option value="en">{t('settings.language.en')}</option>
          <option value="vi">{t('settings.language.vi')}</option>
        </Select>
      </Field>
      <WorkflowSettings />
      <CustomFieldsSettings />
      <ScoringSettingsSection />
      <ImportExportSettings />
      <BackupSettings />
      <StorageSettings />
    </div>
  );
}
