/**
 * `npm run --silent import-file -- FILE [...]`: one JSON line per file, in input order, and
 * nothing else on stdout; the same pure reading as the pane (format, encoding, header mapping,
 * no user input). A file that cannot be read gets its line with an `error`, and the others go on.
 */
import { readFile } from 'node:fs/promises';
import { measuredFile, type MeasuredFile } from '../src/import-export/measurement';
import { readImportFile } from '../src/import-export/readFile';

async function measure(file: string): Promise<MeasuredFile> {
  try {
    const bytes = new Uint8Array(await readFile(file));
    return measuredFile(file, await readImportFile(file, bytes));
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(files: string[]): Promise<void> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent import-file -- FILE.csv|FILE.xlsx|FILE.vcf [...]\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) process.stdout.write(`${JSON.stringify(await measure(file))}\n`);
}

void main(process.argv.slice(2));
