import Dexie from 'dexie';
import { countMismatches, type CountMismatch, type TableCounts } from '../domain/backup';
import { firstBadField, firstBadPresentField, isCount, isNonEmptyString, isRecord } from '../domain/guards';
import { leadBody, withDerivedKeys } from '../domain/lead';
import { REPAIRED_BY_UPGRADE, shapeOf } from '../domain/recordShapes';
import type { Lead } from '../domain/types';
import { BackupFileError, readBackupJson, reviveRow, type BackupFile } from './backupFile';
import { DEVICE_ONLY_TABLES, LeadPaneDb, STORES_BY_VERSION } from './db';
import { BULK_CHUNK_SIZE, chunks } from './leadRepository';
import { isSettingKey, isValidSetting } from './settingRegistry';

export type BackupProblem =
  | { code: 'notABackup'; detail: string }
  | { code: 'newerVersion'; version: number }
  | { code: 'countMismatch'; mismatches: CountMismatch[] }
  /** A row LeadPane could not show or use: `row` is its place in the file (1-based) when known, `id` its key. */
  | { code: 'badRow'; table: string; row: number | null; id: string; field: string }
  | { code: 'typedValue'; table: string; row: number; type: string }
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

/** The tables a backup holds and a restore replaces: every table but this device's drafts. */
function backedUpTables(db: Dexie): Dexie['tables'] {
  return db.tables.filter((table) => !DEVICE_ONLY_TABLES.includes(table.name));
}

async function tableCounts(db: Dexie): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of backedUpTables(db)) counts[table.name] = await table.count();
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
      skipTables: [...DEVICE_ONLY_TABLES],
      progressCallback: (p) => {
        onProgress?.(p.completedRows, p.totalRows ?? p.completedRows);
        return true;
      },
    });
  }

  /** What a restore of this file would do: the rows per table now and in the file. Changes nothing. */
  async inspect(file: Blob): Promise<{ current: TableCounts; incoming: TableCounts }> {
    const backup = await parseBackup(file);
    const known = new Set(backedUpTables(this.db).map((t) => t.name));
    const incoming: TableCounts = Object.fromEntries(backup.tables.filter((t) => known.has(t.name)).map((t) => [t.name, t.rowCount]));
    return { current: await this.counts(), incoming };
  }

  /**
   * Replaces every table with the backup's rows, or refuses and changes nothing. The file is
   * read as `unknown` and narrowed: its structure, the declared counts, every typed value
   * (`backupFile.ts`) and every row's key; the rows are staged in a scratch database opened at
   * the backup's own schema version, so every upgrade since runs on them exactly as on a
   * stored database; then each upgraded row must have its table's record shape
   * (`domain/recordShapes.ts`) and each setting its registered type. The first bad row is named.
   */
  async restore(file: Blob, onProgress?: BackupProgress): Promise<RestoreResult> {
    const backup = await parseBackup(file);
    if (backup.version > this.db.verno) throw new RestoreError({ code: 'newerVersion', version: backup.version });
    if (backup.version < this.db.verno && !STORES_BY_VERSION[backup.version - 1]) {
      throw new RestoreError({ code: 'notABackup', detail: `unknown schema version ${backup.version}` });
    }
    const currentVersion = this.db.verno;
    // A file's device-only table (drafts) is left out like a table this build does not know.
    const knownTables = new Map(backedUpTables(this.db).map((t) => [t.name, t]));
    const tables = backup.tables.filter((t) => knownTables.has(t.name));
    const fileMismatches = countMismatches(
      Object.fromEntries(tables.map((t) => [t.name, t.rowCount])),
      Object.fromEntries(tables.map((t) => [t.name, t.rows.length])),
    );
    if (fileMismatches.length) throw new RestoreError({ code: 'countMismatch', mismatches: fileMismatches });

    const staged = new Map<string, unknown[]>();
    for (const table of tables) {
      const keyPath = knownTables.get(table.name)!.schema.primKey.keyPath;
      const rows: unknown[] = [];
      table.rows.forEach((raw, index) => {
        const row = reviveOrRefuse(table.name, raw, index + 1);
        const key = typeof keyPath === 'string' && isRecord(row) ? row[keyPath] : undefined;
        // Keys are ids (strings), or numbers where a table counts its own (`++seq`).
        if (!isNonEmptyString(key) && !isCount(key)) {
          throw new RestoreError({ code: 'badRow', table: table.name, row: index + 1, id: '', field: String(keyPath) });
        }
        // A row from an older version may lack fields its upgrades add, but must not hold a wrong
        // one: the upgrades read them (a number where a name belongs made one throw).
        const shape = shapeOf(table.name);
        const early = shape && backup.version < currentVersion ? firstBadPresentField(row, shape, REPAIRED_BY_UPGRADE[table.name]) : null;
        if (early !== null) throw new RestoreError({ code: 'badRow', table: table.name, row: index + 1, id: String(key), field: early });
        if (table.name === 'settings') {
          const value = isRecord(row) ? row.value : undefined;
          // A key this build does not know is never read: leave it out rather than refuse the file.
          if (typeof key !== 'string' || !isSettingKey(key)) return;
          if (!isValidSetting(key, value)) throw new RestoreError({ code: 'badRow', table: 'settings', row: index + 1, id: key, field: 'value' });
        }
        rows.push(row);
      });
      staged.set(table.name, rows);
    }

    const scratchName = `${this.db.name}-restore-${Date.now()}`;
    try {
      const upgraded = await stageAndUpgrade(scratchName, backup.version, this.db.verno, staged, onProgress);
      for (const name of DEVICE_ONLY_TABLES) upgraded.delete(name);
      for (const [name, rows] of upgraded) {
        const shape = shapeOf(name);
        const keyPath = knownTables.get(name)!.schema.primKey.keyPath;
        for (const row of rows) {
          const field = shape ? firstBadField(row, shape) : isRecord(row) ? null : '';
          if (field === null) continue;
          const id = typeof keyPath === 'string' && isRecord(row) ? String(row[keyPath]) : '';
          throw new RestoreError({ code: 'badRow', table: name, row: fileRowOf(backup, name, keyPath, id), id, field });
        }
      }
      // Derived keys (search words, sort and duplicate keys) are recomputed, never taken from the file.
      const leads = upgraded.get('leads');
      if (leads) upgraded.set('leads', (leads as Lead[]).map((lead) => withDerivedKeys(leadBody(lead))));
      const expected: TableCounts = Object.fromEntries([...upgraded].map(([name, rows]) => [name, rows.length]));
      const total = [...upgraded.values()].reduce((sum, r) => sum + r.length, 0);
      // This device's drafts stay as they are: a restore replaces the data, not the work in progress.
      const replaced = backedUpTables(this.db);
      await this.db.transaction('rw', replaced, async () => {
        let done = 0;
        for (const table of replaced) {
          await table.clear();
          for (const chunk of chunks(upgraded.get(table.name) ?? [], BULK_CHUNK_SIZE)) {
            await table.bulkAdd(chunk);
            done += chunk.length;
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
      await Dexie.delete(scratchName);
    }
  }
}

/** Reads the file as text and its JSON as `unknown`; nothing is revived here. */
async function parseBackup(file: Blob): Promise<BackupFile> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new RestoreError({ code: 'notABackup', detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    return readBackupJson(json);
  } catch (error) {
    if (error instanceof BackupFileError) throw new RestoreError(error.problem);
    throw error;
  }
}

function reviveOrRefuse(table: string, row: unknown, rowNumber: number): unknown {
  try {
    return reviveRow(table, row, rowNumber);
  } catch (error) {
    if (error instanceof BackupFileError) throw new RestoreError(error.problem);
    throw error;
  }
}

/** Where the row with this key sits in the file (1-based), for the refusal; null if not found. */
function fileRowOf(backup: BackupFile, table: string, keyPath: string | string[] | null | undefined, id: string): number | null {
  if (typeof keyPath !== 'string') return null;
  const index = backup.tables.find((t) => t.name === table)?.rows.findIndex((r) => isRecord(r) && r[keyPath] === id) ?? -1;
  return index >= 0 ? index + 1 : null;
}

/**
 * Writes the rows into a scratch database declared at the backup's own version, then opens it
 * as today's `LeadPaneDb`, which runs every upgrade since on them, and reads them back.
 */
async function stageAndUpgrade(
  name: string, version: number, currentVersion: number, rows: Map<string, unknown[]>, onProgress?: BackupProgress,
): Promise<Map<string, unknown[]>> {
  const total = [...rows.values()].reduce((sum, r) => sum + r.length, 0);
  const old = version === currentVersion ? new LeadPaneDb(name) : new Dexie(name);
  if (!(old instanceof LeadPaneDb)) STORES_BY_VERSION.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  let done = 0;
  try {
    await old.open();
    const known = new Set(old.tables.map((t) => t.name));
    for (const [table, tableRows] of rows) {
      // A table the backup's version did not have yet (a crafted file) has nowhere to go.
      if (!known.has(table)) {
        if (tableRows.length) throw new RestoreError({ code: 'notABackup', detail: `table ${table} does not exist in version ${version}` });
        continue;
      }
      for (const chunk of chunks(tableRows, BULK_CHUNK_SIZE)) {
        await old.table(table).bulkAdd(chunk);
        done += chunk.length;
        onProgress?.(done, total * 2);
      }
    }
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError({ code: 'notABackup', detail: error instanceof Error ? error.message : String(error) });
  } finally {
    old.close();
  }
  const upgraded = new LeadPaneDb(name);
  try {
    await upgraded.open();
    const result = new Map<string, unknown[]>();
    for (const table of upgraded.tables) result.set(table.name, await table.toArray());
    return result;
  } finally {
    upgraded.close();
  }
}
