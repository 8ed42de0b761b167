import { Field, Select } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../../storage/settingsRepository';
import { useRepositories } from '../shell/RepositoriesContext';

/** The language picker of Settings and of safe mode. */
export function LanguageField({ language, hostLanguage }: { language: LanguageSetting; hostLanguage: string }) {
  const { t } = useI18n();
  const { settings } = useRepositories();
  return (
    <Field label={t('settings.language')}>
      <Select
        value={language}
        onChange={(_, data) => {
          const picked = LANGUAGE_SETTINGS.find((choice) => choice === data.value);
          if (picked) void settings.set('language', picked);
        }}
      >
        <option value="auto">{t('settings.language.auto', { language: hostLanguage })}</option>
        <option value="en">{t('settings.language.en')}</option>
        <option value="vi">{t('settings.language.vi')}</option>
      </Select>
    </Field>
  );
}
