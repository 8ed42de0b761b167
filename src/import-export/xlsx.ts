import readXlsxFile from 'read-excel-file/universal';

export type Sheet = { name: string; rows: string[][] };

/** The zip signature every .xlsx starts with. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The OLE2 signature of Excel 97-2003 `.xls` (and other old Office files). */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * A number cell as text the way the sheet stores it: a phone typed as a number is
 * "84912345678", never "84912345678.0" or "8.49E+10".
 */
export function numberText(stored: string): string {
  const text = stored.trim();
  if (!/e/i.test(text)) return text;
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).normalize('NFC');
}

/**
 * Every sheet of an .xlsx as rows of text cells, with the maintained `read-excel-file` (zip and
 * XML streaming through fflate and saxen, no DOM, so it runs in the worker and in Node). Numbers
 * come through as the text stored in the sheet.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile<string>(buffer, { parseNumber: numberText, trim: false });
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data.map((row) => row.map(cellText)) }));
}
