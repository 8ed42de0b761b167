import Dexie from 'dexie';
import { LeadPaneDb, SCHEMA_V1 } from '../../src/storage/db';
import { LeadRepository } from '../../src/storage/leadRepository';
import { generateLeadInputs, generateLeads, putInChunks } from '../generateLeads';
import { median, registerBench, timed } from '../registry';

const SAVE_RUNS = 30;
const BULK_COUNT = 10_000;

registerBench({
  name: 'leads.save_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('save'));
    const repository = new LeadRepository(db);
    const inputs = generateLeadInputs(SAVE_RUNS + 5, 7);
    const times: number[] = [];
    for (const [index, input] of inputs.entries()) {
      const started = performance.now();
      await repository.create(input);
      // The first few saves open the database and warm caches: not what a user waits for.
      if (index >= 5) times.push(performance.now() - started);
    }
    await db.delete();
    return { value: median(times), runs: times.length };
  },
});

registerBench({
  name: 'leads.bulk_insert_10k_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('bulk'));
    await db.open();
    const inputs = generateLeadInputs(BULK_COUNT, 11);
    const elapsed = await timed(() => new LeadRepository(db).bulkCreate(inputs));
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});

/** The floor: the same records put with a bare Dexie bulkPut into a table with the same keys. */
registerBench({
  name: 'dexie.raw_bulkput_10k_ms',
  unit: 'ms',
  async run(context) {
    const db = new Dexie(context.uniqueDbName('raw'));
    db.version(1).stores({ leads: SCHEMA_V1.leads });
    await db.open();
    const records = generateLeads(BULK_COUNT, 11);
    const elapsed = await timed(() => putInChunks(db.table('leads'), records));
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});
