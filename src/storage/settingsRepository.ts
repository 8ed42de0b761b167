import type { LeadPaneDb } from './db';
import { readSetting, writeSetting, type SettingKey, type SettingValue } from './settingRegistry';

export { LANGUAGE_SETTINGS, type LanguageSetting } from './settingRegistry';

/** The pane's own preferences (language, phone region); each read is narrowed by the registry. */
export type PreferenceKey = Extract<SettingKey, 'language' | 'phoneRegion'>;

export class SettingsRepository {
  constructor(private readonly db: LeadPaneDb) {}

  async get<K extends PreferenceKey>(key: K): Promise<SettingValue<K>> {
    return readSetting(this.db.settings, key);
  }

  async set<K extends PreferenceKey>(key: K, value: SettingValue<K>): Promise<void> {
    await writeSetting(this.db.settings, key, value);
  }
}
