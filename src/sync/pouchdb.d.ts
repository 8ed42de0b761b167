/**
 * The part of PouchDB's API LeadPane uses, typed here instead of through @types/pouchdb-core:
 * that package declares a global `Buffer` interface which breaks Node's own Buffer type.
 */
declare module 'pouchdb-core' {
  namespace PouchDB {
    type Doc = { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[]; _revisions?: { start: number; ids: string[] }; [field: string]: unknown };
    type PutResult = { ok: true; id: string; rev: string };
    type BulkResult = { ok?: boolean; id?: string; rev?: string; error?: string | boolean; reason?: string; status?: number; name?: string; message?: string };
    type FetchLike = (url: string | Request, options?: RequestInit) => Promise<Response>;
    type DatabaseOptions = { adapter?: string; fetch?: FetchLike; skip_setup?: boolean; auto_compaction?: boolean; revs_limit?: number };
    type GetOptions = { rev?: string; revs?: boolean; conflicts?: boolean; open_revs?: 'all' | string[]; latest?: boolean };
    type ChangesOptions = { since?: number | string | 'now'; live?: boolean; include_docs?: boolean; conflicts?: boolean; limit?: number; style?: 'all_docs' | 'main_only'; return_docs?: boolean };
    type Change = { id: string; seq: number | string; changes: Array<{ rev: string }>; deleted?: boolean; doc?: Doc };
    type ChangesResult = { results: Change[]; last_seq: number | string };
    type ReplicateOptions = { live?: boolean; retry?: boolean; batch_size?: number; batches_limit?: number; checkpoint?: 'source' | 'target' | false; heartbeat?: number | false; timeout?: number | false; back_off_function?: (delay: number) => number };
    type ReplicationResult = { ok: boolean; docs_read: number; docs_written: number; doc_write_failures: number; errors: unknown[]; last_seq?: number | string; status?: string };
    interface Emitter<T> extends Promise<T> {
      on(event: string, listener: (...args: any[]) => void): this; // eslint-disable-line @typescript-eslint/no-explicit-any
      cancel(): void;
    }
    type SyncResult = { push: ReplicationResult; pull: ReplicationResult };
    interface Database {
      readonly name: string;
      info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
      get(id: string, options: GetOptions & { open_revs: 'all' | string[] }): Promise<Array<{ ok?: Doc; missing?: string }>>;
      get(id: string, options?: GetOptions): Promise<Doc>;
      put(doc: Doc): Promise<PutResult>;
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
      allDocs(options?: { include_docs?: boolean; keys?: string[]; startkey?: string; endkey?: string; conflicts?: boolean; limit?: number }): Promise<{ total_rows: number; rows: Array<{ id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Doc }> }>;
      changes(options: ChangesOptions & { live: true }): Emitter<ChangesResult>;
      changes(options?: ChangesOptions): Promise<ChangesResult>;
      replicate: {
        to(target: Database | string, options?: ReplicateOptions): Emitter<ReplicationResult>;
        from(source: Database | string, options?: ReplicateOptions): Emitter<ReplicationResult>;
      };
      sync(remote: Database | string, options?: ReplicateOptions): Emitter<SyncResult>;
      destroy(): Promise<void>;
      close(): Promise<void>;
    }
    interface Static {
      new (name: string, options?: DatabaseOptions): Database;
      plugin(plugin: unknown): Static;
      fetch: FetchLike;
      replicate(source: Database, target: Database, options?: ReplicateOptions): Emitter<ReplicationResult>;
    }
  }
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
