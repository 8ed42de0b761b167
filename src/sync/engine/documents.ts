import { leadBody, withDerivedKeys, type LeadBody } from '../../domain/lead';
import { sameValue } from '../../domain/sync/threeWayMerge';
import type { Lead } from '../../domain/types';
import { SYNCED_TABLES, type SyncedDocType, type SyncedTable } from '../../storage/sync/syncOutbox';
import type PouchDB from 'pouchdb-core';

/**
 * Dexie records <-> CouchDB documents. A document carries the record's own fields and who wrote
 * the revision; never the derived keys (search words, sort keys, duplicate key: each pane derives
 * them with `withDerivedKeys`) nor the local `rev` (a pane's own optimistic-locking counter).
 */

export type RecordFields = Record<string, unknown>;
/** What a synced Dexie table holds: leads, history items, people, teams. */
export type SyncedRecord = { id: string; rev: number } & Record<string, unknown>;
export type SharedDoc = PouchDB.Doc & { type: SyncedDocType; editedBy: string; editedAt: number };

const TABLE_OF: Record<SyncedDocType, SyncedTable> = Object.fromEntries(Object.entries(SYNCED_TABLES).map(([table, type]) => [type, table])) as Record<SyncedDocType, SyncedTable>;
const DOC_META = ['_id', '_rev', '_revisions', '_conflicts', '_deleted', '_attachments', 'type', 'editedBy', 'editedAt'];

export function parseDocId(docId: string): { table: SyncedTable; type: SyncedDocType; id: string } | null {
  const colon = docId.indexOf(':');
  if (colon < 0) return null;
  const type = docId.slice(0, colon) as SyncedDocType;
  const table = TABLE_OF[type];
  return table ? { table, type, id: docId.slice(colon + 1) } : null;
}

/** The shared fields of a stored record. */
export function fieldsOfRecord(table: SyncedTable, record: SyncedRecord): RecordFields {
  const body: Record<string, unknown> = table === 'leads' ? { ...leadBody(record as unknown as Lead) } : { ...record };
  delete body.rev;
  delete body.id;
  return body;
}

/** The shared fields of a document. */
export function fieldsOfDoc(doc: PouchDB.Doc): RecordFields {
  const fields: Record<string, unknown> = { ...doc };
  for (const key of DOC_META) delete fields[key];
  return fields;
}

export function sameFields(a: RecordFields, b: RecordFields): boolean {
  return sameValue(a, b);
}

/** The record a document becomes in this pane, with derived keys and this pane's next rev. */
export function recordOfDoc(table: SyncedTable, id: string, fields: RecordFields, rev: number): SyncedRecord {
  const record = { ...fields, id, rev };
  if (table === 'leads') return withDerivedKeys(record as unknown as LeadBody) as unknown as SyncedRecord;
  return record;
}
