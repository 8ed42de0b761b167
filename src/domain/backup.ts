/** Table name -> row count, as a backup file declares it and as a database holds it. */
export type TableCounts = Record<string, number>;

export type CountMismatch = { table: string; expected: number; actual: number };

/** Tables whose counts differ; a restore is accepted only when this is empty. */
export function countMismatches(expected: TableCounts, actual: TableCounts): CountMismatch[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables]
    .map((table) => ({ table, expected: expected[table] ?? 0, actual: actual[table] ?? 0 }))
    .filter((m) => m.expected !== m.actual);
}

export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `leadpane-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}
