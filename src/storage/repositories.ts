import { type LeadPaneDb } from './db';
import { ActivityRepository, LeadRepository } from './leadRepository';
import { SettingsRepository } from './settingsRepository';
import { ScoringRepository } from './scoringRepository';

/** Everything the UI may do with stored data; components never touch `db` tables directly. */
export type Repositories = {
  db: LeadPaneDb;
  leads: LeadRepository;
  activities: ActivityRepository;
  settings: SettingsRepository;
  scoring: ScoringRepository;
};

export function createRepositories(db: LeadPaneDb): Repositories {
  return {
    db,
    leads: new LeadRepository(db),
    activities: new ActivityRepository(db),
    settings: new SettingsRepository(db),
    scoring: new ScoringRepository(db),
  };
}
