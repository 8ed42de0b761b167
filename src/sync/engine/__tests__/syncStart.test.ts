/**
 * `SyncEngine.start()` on fake-indexeddb: which records it queues for the first push. It reads the
 * synced tables by primary key in pages, so the base here is larger than one page.
 */
import Dexie from 'dexie';
import { buildLead, emptyLeadInput } from '../../../domain/lead';
import type { LeadId } from '../../../domain/types';
import { LeadPaneDb } from '../../../storage/db';
import { docIdOf } from '../../../storage/sync/syncOutbox';
import { SyncEngine } from '../syncEngine';

const COUNT = 2_105;
let db: LeadPaneDb;

beforeEach(async () => {
  db = new LeadPaneDb(`sync-start-${Math.random()}`);
  await db.open();
  const leads = Array.from({ length: COUNT }, (_, i) => buildLead(`lead-${String(i).padStart(5, '0')}` as LeadId, { ...emptyLeadInput(), fullName: `Lead ${i}` }, 1));
  await db.leads.bulkAdd(leads);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** start() touches neither replica. */
const engineOf = (database: LeadPaneDb) => new SyncEngine({ db: database, local: {} as never, remote: {} as never, userName: 'alice' });

async function queuedKeys(): Promise<string[]> {
  return (await db.syncOutbox.orderBy('seq').toArray()).map((row) => row.key);
}

describe('SyncEngine.start', () => {
  it('should queue every record of a first connect, each once, and turn the outbox on', async () => {
    const queued = await engineOf(db).start();
    expect(queued).toBe(COUNT);
    const keys = await queuedKeys();
    expect(new Set(keys).size).toBe(COUNT);
    expect(keys).toContain(docIdOf('leads', 'lead-02104'));
    expect(db.syncTracking.enabled).toBe(true);
  });

  it('should queue only records never synced or whose rev moved past the synced one, across pages', async () => {
    await db.syncBase.bulkPut(Array.from({ length: COUNT }, (_, i) => ({ key: docIdOf('leads', `lead-${String(i).padStart(5, '0')}`), couchRev: '1-a', localRev: 1 })));
    // Edited since the last sync: one in the first page, one past it, and the very last record.
    const edited = ['lead-00003', 'lead-02050', 'lead-02104'] as LeadId[];
    for (const id of edited) await db.leads.update(id, { rev: 2 });
    // Never synced: no base row.
    await db.syncBase.delete(docIdOf('leads', 'lead-01999'));
    await db.syncBase.delete(docIdOf('leads', 'lead-02000'));
    const queued = await engineOf(db).start();
    expect(queued).toBe(5);
    expect((await queuedKeys()).sort()).toEqual(['lead-00003', 'lead-01999', 'lead-02000', 'lead-02050', 'lead-02104'].map((id) => docIdOf('leads', id)));
  });
});
