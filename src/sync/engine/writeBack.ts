import type { LeadPaneDb } from '../../storage/db';
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
 * History items arrive as their own documents, so this writes no history of its own.
 * TODO(change-path): once the one lead-change path is on main, route leads through it here.
 */
export type IncomingRecord = { table: SyncedTable; id: string; couchRev: string; fields: RecordFields | null };

export async function writeBack(db: LeadPaneDb, incoming: readonly IncomingRecord[]): Promise<{ written: number; skippedDirty: number }> {
  let written = 0;
  let skippedDirty = 0;
  await db.transaction('rw', [...SYNCED_TABLE_NAMES.map((name) => db.table(name)), db.syncBase, db.syncOutbox], async () => {
    for (const item of incoming) {
      const key = docIdOf(item.table, item.id);
      const table = db.table<SyncedRecord, string>(item.table);
      const [base, current] = await Promise.all([db.syncBase.get(key), table.get(item.id)]);
      if (base?.couchRev === item.couchRev) continue;
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
        await table.put(record);
        await db.syncBase.put({ key, couchRev: item.couchRev, localRev: record.rev });
      }
      // The write above went through the outbox middleware; it is the server's state, not news.
      await db.syncOutbox.where('key').equals(key).delete();
      written += 1;
    }
  });
  return { written, skippedDirty };
}
