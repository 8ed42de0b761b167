import { ActivityRepository } from './activityRepository';
import { BackupRepository } from './backupRepository';
import { type LeadPaneDb } from './db';
import { LeadRepository } from './leadRepository';
import { LookupRepository } from './lookupRepository';
import { SettingsRepository } from './settingsRepository';
import { createWorkflowRepositories, type WorkflowRepositories } from './workflowRepositories';
import { ScoringRepository } from './scoringRepository';
import { ReportRepository } from './reports/reportRepository';
import { SavedReportRepository } from './reports/savedReportRepository';
import { ImportRepository } from './import-export/importRepository';
import { ExportRepository } from './import-export/exportRepository';
import { FormDraftRepository } from './form-drafts/formDraftRepository';

/**
 * Everything the UI may do with stored data. The database itself is not in here, so a component
 * cannot reach a table (lint also bans importing storage/db from ui/).
 */
export type Repositories = {
  leads: LeadRepository;
  activities: ActivityRepository;
  settings: SettingsRepository;
  workflow: WorkflowRepositories;
  lookups: LookupRepository;
  backup: BackupRepository;
  scoring: ScoringRepository;
  reports: ReportRepository;
  savedReports: SavedReportRepository;
  imports: ImportRepository;
  exports: ExportRepository;
  formDrafts: FormDraftRepository;
};

export function createRepositories(db: LeadPaneDb): Repositories {
  const leads = new LeadRepository(db);
  const workflow = createWorkflowRepositories(db);
  return {
    leads,
    activities: new ActivityRepository(db),
    settings: new SettingsRepository(db),
    workflow,
    lookups: new LookupRepository(db),
    backup: new BackupRepository(db),
    scoring: new ScoringRepository(db),
    reports: new ReportRepository(db, leads),
    savedReports: new SavedReportRepository(db),
    imports: new ImportRepository(db, Date.now, undefined, workflow.jobs),
    exports: new ExportRepository(db),
    formDrafts: new FormDraftRepository(db),
  };
}
