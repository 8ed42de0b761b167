/**
 * `npm run --silent extract -- FILE.eml [...]`: one JSON line per file, in input order, and
 * nothing else on stdout. A file that cannot be read still gets its line, with an `error`.
 */
import { extractFile } from './extractCore';

async function main(files: string[]): Promise<void> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- FILE.eml [FILE2.eml ...]\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    const record = await extractFile(file);
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}

void main(process.argv.slice(2));
