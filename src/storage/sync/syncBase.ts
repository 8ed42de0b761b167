/**
 * What this pane last agreed with the server about one shared document: the CouchDB revision
 * (`couchRev`, whose body is the common ancestor of the next three-way merge) and the local
 * `rev` the record had right after (a record whose rev moved on has local changes to send).
 */
export type SyncBase = { key: string; couchRev: string; localRev: number };
