import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/**
 * The outbox of team sync, written by a Dexie DBCore middleware rather than by each repository.
 *
 * Why a middleware: leads and history are written by many code paths (the form, mass edit and
 * its undo, qualify, import, restore, the rescore engine's neighbours). A middleware sees every
 * add/put/delete on a synced table at the one place all of them pass, and it writes the outbox
 * row through the same IndexedDB transaction as the change (it adds the outbox store to every
 * read-write transaction that touches a synced table), so a change and its outbox row commit or
 * fail together; no writer can forget it, and none has to know sync exists.
 *
 * With no team server configured `tracking.enabled` stays false: transactions are left exactly
 * as they were and nothing is recorded (the first connect compares every record with its last
 * synced revision instead, so changes made meanwhile still go up).
 */

/** Dexie tables whose records are shared with the team, and the document type each becomes. */
export const SYNCED_TABLES = { leads: 'lead', activities: 'activity', people: 'person', teams: 'team' } as const;
export type SyncedTable = keyof typeof SYNCED_TABLES;
export type SyncedDocType = (typeof SYNCED_TABLES)[SyncedTable];
export const SYNCED_TABLE_NAMES = Object.keys(SYNCED_TABLES) as SyncedTable[];

export const OUTBOX_TABLE = 'syncOutbox';

/** One row per write: the document id (`lead:<id>`) that has to go up. Keys repeat; the engine dedupes. */
export type OutboxRow = { seq?: number; key: string };

export type OutboxTracking = { enabled: boolean };

export function docIdOf(table: SyncedTable, key: string): string {
  return `${SYNCED_TABLES[table]}:${key}`;
}

function isSynced(name: string): name is SyncedTable {
  return Object.prototype.hasOwnProperty.call(SYNCED_TABLES, name);
}

export function syncOutboxMiddleware(tracking: OutboxTracking): Middleware<DBCore> {
  const recording = new WeakSet<DBCoreTransaction>();
  return {
    stack: 'dbcore',
    name: 'leadpaneSyncOutbox',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const wanted = tracking.enabled && mode === 'readwrite' && stores.some(isSynced);
          const scope = wanted && !stores.includes(OUTBOX_TABLE) ? [...stores, OUTBOX_TABLE] : stores;
          const trans = down.transaction(scope, mode, options);
          if (wanted) recording.add(trans);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!isSynced(name)) return table;
          return {
            ...table,
            async mutate(req: DBCoreMutateRequest) {
              const response = await table.mutate(req);
              if (!recording.has(req.trans)) return response;
              let keys: unknown[] = [];
              if (req.type === 'add' || req.type === 'put') {
                keys = req.keys ?? response.results ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value));
                keys = keys.filter((_key, i) => !(i in response.failures));
              } else if (req.type === 'delete') {
                keys = req.keys;
              }
              const values: OutboxRow[] = keys.filter((key): key is string => typeof key === 'string').map((key) => ({ key: docIdOf(name, key) }));
              // Looked up here, not when the stack is built: upgrades build it on schemas without the outbox.
              if (values.length > 0) await down.table(OUTBOX_TABLE).mutate({ type: 'add', trans: req.trans, values });
              return response;
            },
          };
        },
      };
    },
  };
}
