import type { Lead } from '../../domain/types';
import type { LeadPaneDb } from '../../storage/db';
import { leadWriteTables, writeLeads } from '../../storage/leadWrites';
import { docIdOf, SYNCED_TABLE_NAMES, type SyncedTable } from '../../storage/sync/syncOutbox';
import { recordOfDoc, type RecordFields, type SyncedRecord } from './documents';

/**
 * The one place replicated documents enter Dexie. It writes the record with its derived keys
 * (`withDerivedKeys`) and the pane's next rev (so an open form sees a newer rev and offers to
 * reload), and records the server revision as the new common ancestor, in one transaction.
 *
 * A record with local changes not yet sent (its rev moved past the last synced one) is left as it
 * is: the next push sends it as a branch of that ancestor and the merge combines both sides, so
 * an incoming revision never overwrites an unsent edit.
 *
 * Leads go through `writeLeads`, the one writer of leads, with no history events: history items
 * arrive as their own documents (with who made them), so adding events here would duplicate them
 * on every pane. Validation and derived keys stay those of a local change (`withDerivedKeys`).
 */
export type IncomingRecord = { table: SyncedTable; id: string; couchRev: string; fields: RecordFields | null };

export async function writeBack(db: LeadPaneDb, incoming: readonly IncomingRecord[]): Promise<{ written: number; skippedDirty: number }> {
  let written = 0;
  let skippedDirty = 0;
  await db.transaction('rw', [...leadWriteTables(db), ...SYNCED_TABLE_NAMES.map((name) => db.table(name)), db.syncBase, db.syncOutbox], async () => {
    // Bulk reads first: a first upload comes back here as 30,000 of the pane's own revisions.
    const keys = incoming.map((item) => docIdOf(item.table, item.id));
    const bases = await db.syncBase.bulkGet(keys);
    for (const [index, item] of incoming.entries()) {
      const key = keys[index]!;
      const base = bases[index];
      if (base?.couchRev === item.couchRev) continue;
      const table = db.table<SyncedRecord, string>(item.table);
      const current = await table.get(item.id);
      const dirty = current !== undefined && (!base || current.rev !== base.localRev);
      if (dirty) {
        skippedDirty += 1;
        continue;
      }
      if (item.fields === null) {
        await table.delete(item.id);
        await db.syncBase.delete(key);
      } else {
        const record = recordOfDoc(item.table, item.id, item.fields, (current?.rev ?? 0) + 1);
        if (item.table === 'leads') {
          // Through the one writer of leads; no history events: the history arrives as its own documents.
          await writeLeads(db, [{ lead: record as unknown as Lead, isNew: !current, changed: true, events: [] }], Date.now(), null);
        } else {
          await table.put(record);
        }
        await db.syncBase.put({ key, couchRev: item.couchRev, localRev: record.rev });
      }
      // The write above went through the outbox middleware; it is the server's state, not news.
      await db.syncOutbox.where('key').equals(key).delete();
      written += 1;
    }
  });
  return { written, skippedDirty };
}
