import type { LeadPaneDb } from './db';

export type LanguageSetting = 'auto' | 'en' | 'vi';

export type AppSettings = {
  language: LanguageSetting;
  /** Region used to read phone numbers written without a country code. */
  phoneRegion: string;
};

export const DEFAULT_SETTINGS: AppSettings = { language: 'auto', phoneRegion: 'VN' };

export class SettingsRepository {
  constructor(private readonly db: LeadPaneDb) {}

  async get<K extends keyof AppSettings>(key: K): Promise<AppSettings[K]> {
    const row = await this.db.settings.get(key);
    return (row?.value as AppSettings[K] | undefined) ?? DEFAULT_SETTINGS[key];
  }

  async getAll(): Promise<AppSettings> {
    const rows = await this.db.settings.bulkGet(Object.keys(DEFAULT_SETTINGS));
    const settings: AppSettings = { ...DEFAULT_SETTINGS };
    for (const row of rows) if (row) (settings as Record<string, unknown>)[row.key] = row.value;
    return settings;
  }

  async set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
