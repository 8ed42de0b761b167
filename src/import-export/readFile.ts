import { decodeBytes, type EncodingName } from './encoding';
import { parseCsv } from './csv';
import type { FieldKey } from './fieldKey';
import type { ImportRecord, ImportRowError } from './importRecord';
import { detectLayout, recordsFromTable, type TableLayout } from './table';
import { looksLikeVcard, readVcards } from './vcard';
import { isOle2, isZip, readXlsxSheets } from './xlsx';

export type FileFormat = 'csv' | 'xlsx' | 'vcard';

/** What the user may change in the preview; everything else is detected. */
export type ReadOptions = {
  encoding?: EncodingName;
  /** Sheet name of an .xlsx; the first sheet holding data by default. */
  sheet?: string;
  /** One key per column, replacing the automatic mapping (CSV and XLSX). */
  keys?: FieldKey[];
  /** The user's custom fields: a column with one's name maps to it. */
  customFields?: ReadonlyArray<{ id: string; name: string }>;
};

export type ReadFileResult = {
  format: FileFormat;
  /** The text encoding used; null for .xlsx, whose XML carries its own. */
  encoding: EncodingName | null;
  alternatives: EncodingName[];
  sheets: string[];
  sheet: string | null;
  /** The table's layout (CSV, XLSX); null for vCard. */
  layout: TableLayout | null;
  /** The first rows under the header as cells, for the preview (CSV, XLSX). */
  sampleRows: string[][];
  records: ImportRecord[];
  errors: ImportRowError[];
};

/** A file that cannot be read at all; its message says why in words a user can act on. */
export class ImportFileError extends Error {
  constructor(public readonly code: 'empty' | 'xls' | 'binary' | 'xlsx', message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const SAMPLE_ROWS = 20;

function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let controls = 0;
  for (const char of head) {
    const code = char.charCodeAt(0);
    if (code < 0x09 || (code > 0x0d && code < 0x20)) controls += 1;
  }
  return controls > Math.max(4, head.length * 0.05);
}

function tableResult(format: FileFormat, rows: string[][], options: ReadOptions, extra: Pick<ReadFileResult, 'encoding' | 'alternatives' | 'sheets' | 'sheet'>): ReadFileResult {
  const detected = detectLayout(rows, options.customFields);
  const layout = options.keys ? { ...detected, keys: detected.headers.map((_, index) => options.keys?.[index] ?? 'ignore') } : detected;
  const { records, errors } = recordsFromTable(rows, layout);
  const start = layout.headerRow === null ? 0 : layout.headerRow + 1;
  return { format, ...extra, layout, sampleRows: rows.slice(start, start + SAMPLE_ROWS), records, errors };
}

/**
 * Reads an import file the way the pane does, with no user input unless `options` says
 * otherwise: format from the bytes (zip is .xlsx, BEGIN:VCARD is vCard, else CSV), encoding
 * detected, headers mapped. The same code runs in the pane's worker and in `npm run import-file`.
 */
export async function readImportFile(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadFileResult> {
  if (bytes.length === 0) throw new ImportFileError('empty', 'The file is empty');
  if (isOle2(bytes)) throw new ImportFileError('xls', 'This is an Excel 97-2003 (.xls) or other old Office file; save it as .xlsx or CSV and import that');
  if (isZip(bytes)) {
    let sheets;
    try {
      sheets = await readXlsxSheets(bytes);
    } catch {
      throw new ImportFileError('xlsx', 'This zip file is not an Excel workbook (.xlsx) that can be read');
    }
    const chosen = (options.sheet ? sheets.find((s) => s.name === options.sheet) : undefined) ?? sheets.find((s) => s.rows.some((row) => row.some((cell) => cell.trim()))) ?? sheets[0];
    return tableResult('xlsx', chosen?.rows ?? [], options, { encoding: null, alternatives: [], sheets: sheets.map((s) => s.name), sheet: chosen?.name ?? null });
  }
  const decoded = decodeBytes(bytes, options.encoding);
  if (looksLikeVcard(decoded.text) || (/\.vcf$|\.vcard$/i.test(name) && /BEGIN:VCARD/i.test(decoded.text))) {
    const result = readVcards(bytes, options.encoding);
    return { format: 'vcard', encoding: result.encoding, alternatives: decoded.alternatives.filter((e) => e !== result.encoding), sheets: [], sheet: null, layout: null, sampleRows: [], records: result.records, errors: result.errors };
  }
  if (looksBinary(decoded.text)) throw new ImportFileError('binary', 'This file is not text, a spreadsheet or a vCard');
  const table = parseCsv(decoded.text);
  const result = tableResult('csv', table.rows, options, { encoding: decoded.encoding, alternatives: decoded.alternatives, sheets: [], sheet: null });
  return { ...result, errors: [...table.problems, ...result.errors].sort((a, b) => a.row - b.row) };
}
