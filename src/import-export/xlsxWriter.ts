import writeXlsxFile from 'write-excel-file/universal';

/**
 * .xlsx out with the maintained `write-excel-file` (the reader's sibling; runs in the pane, a
 * worker and Node). Every value is written as a typed cell: text stays text (a phone such as
 * "0912 345 678" keeps its leading zero, "=1+1" is a string, never a formula), numbers are numbers,
 * dates are dates. The header row is bold and frozen. Shared by lead export and report export:
 * keep this API stable.
 */

export type XlsxCell = string | number | boolean | Date | null | undefined;
export type XlsxSheet = { name: string; header: readonly string[]; rows: Iterable<readonly XlsxCell[]> };

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limits on a sheet name: 31 characters, none of `[]:*?/\`. */
export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return clean || 'Sheet1';
}

function cell(value: XlsxCell) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : { type: String, value: String(value) };
  if (typeof value === 'boolean') return { type: Boolean, value };
  if (value instanceof Date) return { type: Date, value, format: 'yyyy-mm-dd' };
  return { type: String, value };
}

export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Blob> {
  const used = new Set<string>();
  const written = sheets.map((sheet) => {
    let name = sheetName(sheet.name);
    for (let n = 2; used.has(name); n += 1) name = `${sheetName(sheet.name).slice(0, 28)} (${n})`;
    used.add(name);
    const data = [sheet.header.map((title) => ({ value: title, fontWeight: 'bold' as const })), ...[...sheet.rows].map((row) => row.map(cell))];
    return { data, sheet: name, stickyRowsCount: 1 };
  });
  const blob = await writeXlsxFile(written as Parameters<typeof writeXlsxFile>[0] & unknown[]).toBlob();
  return blob.type ? blob : new Blob([blob], { type: XLSX_MEDIA_TYPE });
}
