/**
 * CSV out: UTF-8 with a BOM (so Excel opens Vietnamese text correctly), CRLF line ends (RFC 4180),
 * every cell quoted when it holds the delimiter, a quote or a line end, and every cell that begins
 * with `=`, `+`, `-`, `@`, tab or CR neutralised against formula injection (OWASP "CSV
 * injection"): prefixed with an apostrophe, so a spreadsheet shows it as text instead of running
 * it. The import reader drops that apostrophe again (`unneutraliseCell`), so a round trip keeps
 * "+84 912 345 678" as it was. Shared by lead export and report export: keep this API stable.
 */

export type CsvCell = string | number | boolean | null | undefined;

export type CsvOptions = {
  /** Default true: a UTF-8 byte-order mark before the first row. */
  bom?: boolean;
  /** Default ','. */
  delimiter?: string;
};

export const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet could run as a formula, made inert. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse, for reading back a file LeadPane (or another careful tool) wrote. */
export function unneutraliseCell(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** One cell as CSV: neutralised, then quoted if it needs to be. */
export function csvCell(cell: CsvCell, delimiter = ','): string {
  const text = neutraliseCell(cellText(cell));
  return text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as a CSV line, with its CRLF. */
export function csvLine(cells: readonly CsvCell[], delimiter = ','): string {
  return `${cells.map((cell) => csvCell(cell, delimiter)).join(delimiter)}\r\n`;
}

/** A whole table as CSV text (BOM included unless `bom: false`). */
export function toCsv(rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  let text = options.bom === false ? '' : UTF8_BOM;
  for (const row of rows) text += csvLine(row, delimiter);
  return text;
}

/**
 * Builds a large CSV piece by piece (a 100,000-row export is written in chunks between which the
 * pane can breathe) and hands it over as a Blob without one giant string.
 */
export class CsvBuilder {
  private readonly parts: string[] = [];
  private readonly delimiter: string;
  private pending = '';

  constructor(options: CsvOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    if (options.bom !== false) this.pending = UTF8_BOM;
  }

  add(cells: readonly CsvCell[]): void {
    this.pending += csvLine(cells, this.delimiter);
    if (this.pending.length > 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.pending) this.parts.push(this.pending);
    this.pending = '';
  }

  toBlob(): Blob {
    this.flush();
    return new Blob(this.parts, { type: 'text/csv;charset=utf-8' });
  }

  toText(): string {
    this.flush();
    return this.parts.join('');
  }
}
