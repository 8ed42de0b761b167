import { parseReportDefinition, type ReportDefinition } from '../../domain/reports/reportDefinition';
import { copyName, reportNameError, type ReportNameError } from '../../domain/reports/reportName';
import { newId } from '../../domain/ids';
import type { SavedReport } from '../../domain/types';
import { vietnameseSortKey } from '../../domain/viCollation';
import type { LeadPaneDb } from '../db';
import { NotFoundError, ValidationError } from '../errors';

/**
 * A saved report as the Reports tab sees it. `definition` is null when the stored text is not a
 * definition this version understands (written by another version, or damaged): it is listed so
 * it can be deleted, and never run.
 */
export type SavedReportEntry = { id: string; name: string; definition: ReportDefinition | null; updatedAt: number; rev: number };

export type ReportNameFieldError = { field: 'name'; code: ReportNameError };

function entryOf(record: SavedReport): SavedReportEntry {
  return { id: record.id, name: record.name, definition: parseReportDefinition(record.definition), updatedAt: record.updatedAt, rev: record.rev };
}

/** Saved reports (the `savedReports` table of schema v1): list, save as, reopen, rename, duplicate, delete. */
export class SavedReportRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  /** Live saved reports by name, in Vietnamese order. */
  async list(): Promise<SavedReportEntry[]> {
    const records = (await this.db.savedReports.toArray()).filter((r) => !r.deletedAt && typeof r.name === 'string');
    return records.map(entryOf).sort((a, b) => (vietnameseSortKey(a.name) < vietnameseSortKey(b.name) ? -1 : 1));
  }

  async get(id: string): Promise<SavedReportEntry | undefined> {
    const record = await this.db.savedReports.get(id);
    return record && !record.deletedAt ? entryOf(record) : undefined;
  }

  private async otherNames(exceptId?: string): Promise<string[]> {
    return (await this.list()).filter((r) => r.id !== exceptId).map((r) => r.name);
  }

  private async checkName(name: string, exceptId?: string): Promise<void> {
    const code = reportNameError(name, await this.otherNames(exceptId));
    if (code) throw new ValidationError<ReportNameFieldError>([{ field: 'name', code }]);
  }

  /** Stores `definition` as a new saved report called `name` (trimmed; must be free). */
  async saveAs(name: string, definition: ReportDefinition): Promise<SavedReportEntry> {
    await this.checkName(name);
    const now = this.now();
    const record: SavedReport = { id: newId(), name: name.trim(), definition: JSON.stringify(definition), createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
    await this.db.savedReports.add(record);
    return entryOf(record);
  }

  private async change(id: string, edit: (record: SavedReport) => Partial<SavedReport>): Promise<SavedReportEntry> {
    return this.db.transaction('rw', this.db.savedReports, async () => {
      const record = await this.db.savedReports.get(id);
      if (!record || record.deletedAt) throw new NotFoundError('The saved report');
      const next: SavedReport = { ...record, ...edit(record), updatedAt: this.now(), rev: record.rev + 1 };
      await this.db.savedReports.put(next);
      return entryOf(next);
    });
  }

  /** Overwrites a saved report's layout, sort and filters (Save). */
  update(id: string, definition: ReportDefinition): Promise<SavedReportEntry> {
    return this.change(id, () => ({ definition: JSON.stringify(definition) }));
  }

  async rename(id: string, name: string): Promise<SavedReportEntry> {
    await this.checkName(name, id);
    return this.change(id, () => ({ name: name.trim() }));
  }

  /** A copy under the next free "Name (n)". */
  async duplicate(id: string): Promise<SavedReportEntry> {
    const source = await this.get(id);
    if (!source?.definition) throw new NotFoundError('The saved report');
    return this.saveAs(copyName(source.name, await this.otherNames()), source.definition);
  }

  /** Deleted for good: a saved report is a view, not data (it can be saved again in a click). */
  async remove(id: string): Promise<void> {
    await this.db.savedReports.delete(id);
  }
}
