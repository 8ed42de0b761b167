import Dexie from 'dexie';
import Papa from 'papaparse';
import { toCsv } from '../../src/import-export/csvWriter';
import { readImportFile } from '../../src/import-export/readFile';
import { LeadPaneDb } from '../../src/storage/db';
import { ImportRepository } from '../../src/storage/import-export/importRepository';
import { ExportRepository } from '../../src/storage/import-export/exportRepository';
import type { Lead } from '../../src/domain/types';
import { currentLeadsSchema, generateLeadInputs, putInChunks } from '../generateLeads';
import { registerBench, registerRatio, timed } from '../registry';

const ROWS = 100_000;
const IMPORT = 'import.csv_100k_ms';
const RAW = 'import.raw_parse_bulkput_100k_ms';

/** An Outlook-style export of 100,000 contacts, the same bytes for the import and its raw floor. */
let csvBytes: Uint8Array | null = null;
function contactsCsv(): Uint8Array {
  if (csvBytes) return csvBytes;
  const inputs = generateLeadInputs(ROWS, 23);
  const rows = inputs.map((input, i) => {
    const [first, ...rest] = input.fullName.split(' ');
    // Every row a different person (the duplicate check runs, and finds nothing to skip).
    return [first, rest.join(' '), `${input.company} ${i}`, input.jobTitle, input.emails[0]?.address, `09${10_000_000 + i}`, i % 3 ? 'Hồ Chí Minh' : 'Hà Nội'];
  });
  csvBytes = new TextEncoder().encode(toCsv([['First Name', 'Last Name', 'Company', 'Job Title', 'E-mail Address', 'Mobile Phone', 'Business City'], ...rows]));
  return csvBytes;
}

registerBench({
  name: IMPORT,
  unit: 'ms',
  async run(context) {
    const bytes = contactsCsv();
    const db = new LeadPaneDb(context.uniqueDbName('import'));
    await db.open();
    const elapsed = await timed(async () => {
      // Parse, map, validate, duplicate-check and store: what the pane's Import does, worker aside.
      const { records } = await readImportFile('contacts.csv', bytes);
      const result = await new ImportRepository(db).importRecords(records, { file: 'contacts.csv', duplicates: 'skip' });
      if (result.imported !== ROWS) throw new Error(`imported ${result.imported} of ${ROWS}`);
    });
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});

/** The floor: the same file parsed by papaparse and its rows put with a bare bulkPut into a table with the leads table's keys and indexes. */
registerBench({
  name: RAW,
  unit: 'ms',
  async run(context) {
    const bytes = contactsCsv();
    const db = new Dexie(context.uniqueDbName('import-raw'));
    // The leads table's keys and indexes as the current schema declares them (issue #11's floor).
    db.version(1).stores({ leads: currentLeadsSchema() });
    await db.open();
    const elapsed = await timed(async () => {
      const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
      const records = parsed.data.map((row, i) => ({ id: `r${i}`, ...row }));
      await putInChunks(db.table('leads'), records);
    });
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});

registerRatio('import.csv_100k_vs_raw_ratio', IMPORT, RAW);

registerBench({
  name: 'export.csv_100k_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('export'));
    await db.open();
    const { buildLead } = await import('../../src/domain/lead');
    const leads = generateLeadInputs(ROWS, 29).map((input, i) => buildLead(`lead-${i}` as Lead['id'], input, Date.now()));
    await putInChunks(db.leads, leads);
    leads.length = 0;
    const ids = (await db.leads.toCollection().primaryKeys()) as Lead['id'][];
    const elapsed = await timed(async () => {
      const blob = await new ExportRepository(db).export(ids, 'csv');
      if (blob.size < ROWS * 20) throw new Error('export too small');
    });
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});
