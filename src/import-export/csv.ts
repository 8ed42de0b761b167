import Papa from 'papaparse';

export type CsvTable = {
  rows: string[][];
  delimiter: string;
  /** Problems papaparse reported (an unclosed quote), by 1-based row. */
  problems: Array<{ row: number; message: string }>;
};

/** Delimiters tried when sniffing, in papaparse's order of preference. */
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Splits CSV text into rows of cells with papaparse: delimiter sniffed (comma, semicolon, tab,
 * pipe), quoted fields with newlines and doubled quotes, CRLF, LF or bare CR line ends. Blank
 * lines stay in (as one empty cell) so row numbers match what a spreadsheet shows.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = sniffDelimiter(text);
  // "CR CR LF" (a CRLF file passed through a second CRLF conversion) is one line end.
  const result = Papa.parse<string[]>(text.replace(/\r\r\n/g, "\r\n"), { delimiter, skipEmptyLines: false, header: false, dynamicTyping: false });
  const rows = result.data;
  // papaparse leaves one empty row for the final line end.
  if (rows.length > 0 && rows[rows.length - 1]?.length === 1 && rows[rows.length - 1]?.[0] === '') rows.pop();
  const problems = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ row: (error.row ?? 0) + 1, message: error.code === 'MissingQuotes' ? 'A quoted value is never closed; the rest of the file is read as that value' : error.message }));
  return { rows, delimiter, problems };
}

/**
 * The delimiter whose count per line is most often the same and above zero, over the first
 * lines outside quotes. papaparse's own guess reads the first rows only, which a preamble such
 * as LinkedIn's "Notes:" block (one long quoted sentence full of commas) throws off.
 */
export function sniffDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const lines = logicalLines(sample).slice(0, 50).filter((line) => line.trim());
  let best = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [mode, times] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    // Lines agreeing on the same column count, weighted a little by how many columns that is.
    const score = times * 10 + Math.min(mode, 50);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Lines of the sample, not broken inside quoted values. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      lines.push(text.slice(start, index));
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      start = index + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count += 1;
  }
  return count;
}
