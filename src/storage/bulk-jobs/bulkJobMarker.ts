import { hasShape, isCount, isNonEmptyString, isOneOf, isRecord, isString, isRecordOf, type Guard } from '../../domain/guards';

export const BULK_JOB_KINDS = ['massEdit', 'addToList', 'import'] as const;
export type BulkJobKind = (typeof BULK_JOB_KINDS)[number];

/**
 * What a bulk job leaves in storage while it runs: written in the same transaction as each chunk
 * it commits, removed when it completes or is undone. One per job, so two jobs never share one.
 */
export type BulkJobMarker = {
  id: string;
  kind: BulkJobKind;
  /** Items handled so far (committed) and in all. */
  done: number;
  total: number;
  /** Items the committed chunks changed (leads edited, members added, rows imported). */
  changed: number;
  /** The pane (repository instance) running it. */
  session: string;
  startedAt: number;
  /** Last sign of life: each committed chunk, and a timer while the job runs. */
  heartbeatAt: number;
  /** Per kind: the mass-edited field, the list's id and name, the import's file name. */
  detail: Record<string, string>;
};

export const isBulkJobMarker: Guard<BulkJobMarker> = hasShape<BulkJobMarker>({
  id: isNonEmptyString, kind: isOneOf(BULK_JOB_KINDS), done: isCount, total: isCount, changed: isCount, session: isString,
  startedAt: isCount, heartbeatAt: isCount, detail: isRecordOf(isString),
});

/** All markers, by job id; one settings row, so a chunk's transaction updates its own entry atomically. */
export const isBulkJobMarkers: Guard<Record<string, BulkJobMarker>> = (value): value is Record<string, BulkJobMarker> =>
  isRecord(value) && Object.entries(value).every(([id, marker]) => isBulkJobMarker(marker) && marker.id === id);

