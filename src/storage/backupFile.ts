import { isCount, isRecord, isString } from '../domain/guards';

/**
 * Reads a backup file (dexie-export-import's JSON format) without reviving anything it does not
 * expect. That library revives typed values named in a row's `$types` (images, files, crypto
 * keys, ...): a crafted `imagebitmap` made the pane fetch an outside URL. Here only the three
 * types LeadPane's own backups contain are revived, each where LeadPane writes it, and any other
 * is a refusal naming the row.
 */

export type BackupTable = { name: string; rowCount: number; rows: unknown[] };
export type BackupFile = { version: number; tables: BackupTable[] };

export type BackupFileProblem =
  | { code: 'notABackup'; detail: string }
  | { code: 'typedValue'; table: string; row: number; type: string };

export class BackupFileError extends Error {
  constructor(readonly problem: BackupFileProblem) {
    super(`Backup file refused: ${problem.code}`);
    this.name = 'BackupFileError';
  }
}

/** Photos are the only binary LeadPane stores; a photo in a backup is never bigger than this. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The typed values LeadPane's own backups hold, and where (`*`: any table, any property). */
export const ALLOWED_TYPED_VALUES: readonly { type: string; table: string; path: string }[] = [
  // Every array of a row is marked so; its JSON is the array itself.
  { type: 'arrayNonindexKeys', table: '*', path: '*' },
  // A property present with the value undefined.
  { type: 'undef', table: '*', path: '*' },
  // A lead's photo.
  { type: 'blob2', table: 'leadPhotos', path: 'blob' },
];

function notABackup(detail: string): never {
  throw new BackupFileError({ code: 'notABackup', detail });
}

/** Checks the outer structure; rows stay `unknown` until `reviveRow` and the record shapes narrow them. */
export function readBackupJson(json: unknown): BackupFile {
  if (!isRecord(json) || json.formatName !== 'dexie') notABackup('not a Dexie export');
  const data = json.data;
  if (!isRecord(data)) notABackup('no data');
  if (!isCount(data.databaseVersion) || data.databaseVersion < 1) notABackup('no database version');
  if (!Array.isArray(data.tables) || !Array.isArray(data.data)) notABackup('no tables');
  const rowsByTable = new Map<string, unknown[]>();
  for (const entry of data.data) {
    if (!isRecord(entry) || !isString(entry.tableName) || !Array.isArray(entry.rows)) notABackup('a table without rows');
    if (entry.inbound === false) notABackup(`table ${entry.tableName} has outbound keys`);
    rowsByTable.set(entry.tableName, [...(rowsByTable.get(entry.tableName) ?? []), ...entry.rows]);
  }
  const tables: BackupTable[] = data.tables.map((table: unknown) => {
    if (!isRecord(table) || !isString(table.name) || !isCount(table.rowCount)) notABackup('a table without a name or count');
    return { name: table.name, rowCount: table.rowCount, rows: rowsByTable.get(table.name) ?? [] };
  });
  return { version: data.databaseVersion, tables };
}

function unescapeKey(part: string): string {
  return part.replace(/~1/g, '.').replace(/~0/g, '~');
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The row with its allowed typed values revived (`$types` removed); throws a `typedValue`
 * refusal naming the row (1-based, in file order) for any other.
 */
export function reviveRow(table: string, row: unknown, rowNumber: number): unknown {
  if (!isRecord(row) || !('$types' in row)) return row;
  const refuse: (type: string) => never = (type) => {
    throw new BackupFileError({ code: 'typedValue', table, row: rowNumber, type });
  };
  const types = row.$types;
  if (!isRecord(types)) refuse(String(types));
  const { $types: _types, ...value } = row;
  for (const [path, rawType] of Object.entries(types)) {
    if (!isString(rawType)) refuse(Array.isArray(rawType) ? rawType.join('+') : String(rawType));
    const allowed = ALLOWED_TYPED_VALUES.some((a) => a.type === rawType && (a.table === '*' || a.table === table) && (a.path === '*' || a.path === path));
    if (!allowed || path === '' || path === '$') refuse(rawType);
    const parts = path.split('.').map(unescapeKey);
    const last = parts.pop()!;
    let parent: unknown = value;
    for (const part of parts) parent = isRecord(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[part] : undefined;
    if (!isRecord(parent) && !Array.isArray(parent)) refuse(rawType);
    const holder = parent as Record<string, unknown>;
    if (rawType === 'arrayNonindexKeys') {
      // Plain arrays only: an array with named keys is not something LeadPane writes.
      if (!Array.isArray(holder[last])) refuse(rawType);
    } else if (rawType === 'undef') {
      delete holder[last];
    } else {
      const encoded = holder[last];
      if (!isRecord(encoded) || !isString(encoded.type) || !/^image\/[\w.+-]+$/.test(encoded.type) || !isString(encoded.data)) refuse(rawType);
      if (encoded.data.length > (MAX_PHOTO_BYTES * 4) / 3 + 4) refuse(rawType);
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = decodeBase64(encoded.data);
      } catch {
        refuse(rawType);
      }
      holder[last] = new Blob([bytes!], { type: encoded.type });
    }
  }
  return value;
}
