import Dexie from 'dexie';
import { countMismatches, type CountMismatch, type TableCounts } from '../domain/backup';
import type { Lead } from '../domain/types';
import { LeadPaneDb, upgradeLeadToV2 } from './db';

export type BackupProblem =
  | { code: 'notABackup'; detail: string }
  | { code: 'newerVersion'; version: number }
  | { code: 'countMismatch'; mismatches: CountMismatch[] }
  | { code: 'failed'; detail: string };

export class RestoreError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`Restore failed: ${problem.code}`);
    this.name = 'RestoreError';
  }
}

export type RestoreResult = { counts: TableCounts };
export type BackupProgress = (done: number, total: number) => void;

/** Loaded on first use: it is only needed for backups, and it expects a browser global scope. */
const exportImport = () => import('dexie-export-import');

async function tableCounts(db: Dexie): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

/**
 * Whole-database backup and restore. A restore is staged: the file is imported into a scratch
 * database and counted there, then copied into the real one in a single transaction that
 * clears and refills every table and re-checks the counts before it commits. Any failure
 * leaves the current data exactly as it was.
 */
export class BackupRepository {
  constructor(private readonly db: LeadPaneDb) {}

  async counts(): Promise<TableCounts> {
    return tableCounts(this.db);
  }

  async exportAll(onProgress?: BackupProgress): Promise<Blob> {
    const { exportDB } = await exportImport();
    return exportDB(this.db, {
      progressCallback: (p) => {
        onProgress?.(p.completedRows, p.totalRows ?? p.completedRows);
        return true;
      },
    });
  }

  async restore(file: Blob, onProgress?: BackupProgress): Promise<RestoreResult> {
    const { importInto, peakImportFile } = await exportImport();
    let declared: TableCounts;
    let version: number;
    try {
      const meta = await peakImportFile(file);
      if (meta.formatName !== 'dexie' || !Array.isArray(meta.data?.tables)) throw new Error('not a Dexie export');
      declared = Object.fromEntries(meta.data.tables.map((t) => [t.name, t.rowCount]));
      version = meta.data.databaseVersion;
    } catch (error) {
      throw new RestoreError({ code: 'notABackup', detail: error instanceof Error ? error.message : String(error) });
    }
    if (version > this.db.verno) throw new RestoreError({ code: 'newerVersion', version });
    const known = new Set(this.db.tables.map((t) => t.name));
    const expected: TableCounts = Object.fromEntries(Object.entries(declared).filter(([name]) => known.has(name)));

    const scratch = new LeadPaneDb(`${this.db.name}-restore-${Date.now()}`);
    try {
      try {
        await importInto(scratch, file, {
          acceptNameDiff: true,
          acceptVersionDiff: true,
          acceptMissingTables: true,
          skipTables: Object.keys(declared).filter((name) => !known.has(name)),
          // A backup from an older schema gets the same defaults the upgrade gives.
          transform: (table, value) => ({ value: table === 'leads' ? upgradeLeadToV2(value as Lead) : value }),
          progressCallback: (p) => {
            onProgress?.(p.completedRows, (p.totalRows ?? 0) * 2);
            return true;
          },
        });
      } catch (error) {
        throw new RestoreError({ code: 'notABackup', detail: error instanceof Error ? error.message : String(error) });
      }
      const staged = await tableCounts(scratch);
      const stagedMismatches = countMismatches(expected, staged);
      if (stagedMismatches.length) throw new RestoreError({ code: 'countMismatch', mismatches: stagedMismatches });

      // Read the staged rows first: a transaction must not wait on another database.
      const rows = new Map<string, unknown[]>();
      for (const table of scratch.tables) rows.set(table.name, await table.toArray());
      const total = [...rows.values()].reduce((sum, r) => sum + r.length, 0);
      await this.db.transaction('rw', this.db.tables, async () => {
        let done = 0;
        for (const table of this.db.tables) {
          await table.clear();
          const tableRows = rows.get(table.name) ?? [];
          for (let start = 0; start < tableRows.length; start += 2000) {
            await table.bulkAdd(tableRows.slice(start, start + 2000));
            done += Math.min(2000, tableRows.length - start);
          }
        }
        const final = await tableCounts(this.db);
        const finalMismatches = countMismatches(expected, final);
        // Throwing here aborts the transaction: the old data stays.
        if (finalMismatches.length) throw new RestoreError({ code: 'countMismatch', mismatches: finalMismatches });
        onProgress?.(total + done, total * 2);
      });
      return { counts: await tableCounts(this.db) };
    } catch (error) {
      if (error instanceof RestoreError) throw error;
      throw new RestoreError({ code: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      scratch.close();
      await Dexie.delete(scratch.name);
    }
  }
}
