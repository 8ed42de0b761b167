/**
 * Field-by-field three-way merge of two revisions of one shared record against their common
 * ancestor. CouchDB keeps concurrent revisions as conflicts and picks a winner deterministically;
 * LeadPane never lets that winner drop the other side's edit: fields changed on one side are
 * taken from it, a field changed differently on both sides becomes a visible `FieldConflict` (the
 * winner's value stays meanwhile), and a delete on one side with an edit on the other asks.
 *
 * Pure and deterministic: given the same (base, winner, other), every replica computes the same
 * document, so two panes resolving the same conflict at once converge.
 */

/** Who wrote a revision, so a conflict can say "Alice: X, Bob: Y". */
export type Authored<T> = { fields: T; by: string; at: number };

export type ConflictValue = { value: unknown; by: string; at: number };

/**
 * One open conflict on one field (`customValues.<key>` for a custom field). `deletedAt` is the
 * delete-versus-edit question: the record stays live until someone decides.
 */
export type FieldConflict = { field: string; values: ConflictValue[] };

export type MergeableFields = Record<string, unknown> & { fieldConflicts?: FieldConflict[] };

export type MergeResult<T> = { fields: T; conflicts: FieldConflict[] };

/** Bookkeeping fields that never conflict: creation time is the earliest, update time the latest. */
const EARLIEST = new Set(['createdAt']);
const LATEST = new Set(['updatedAt']);
/** Nested maps merged key by key, so two custom fields edited on two sides both survive. */
const NESTED = new Set(['customValues']);
const SKIPPED = new Set(['fieldConflicts']);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

type Side = { value: unknown; by: string; at: number };

/** One field: taken from the side that changed it; changed on both to different values is a conflict. */
function mergeField(field: string, base: unknown, hasBase: boolean, winner: Side, other: Side, conflicts: FieldConflict[]): unknown {
  if (sameValue(winner.value, other.value)) return winner.value;
  if (hasBase && sameValue(base, winner.value)) return other.value;
  if (hasBase && sameValue(base, other.value)) return winner.value;
  conflicts.push({ field, values: [{ value: winner.value, by: winner.by, at: winner.at }, { value: other.value, by: other.by, at: other.at }] });
  return winner.value;
}

function keysOf(...records: Array<Record<string, unknown> | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const record of records) if (record) for (const key of Object.keys(record)) keys.add(key);
  return [...keys].sort();
}

function isDeleted(fields: Record<string, unknown> | null): boolean {
  return Boolean(fields && fields.deletedAt);
}

/** Did this side change anything but bookkeeping and the delete itself since the base? */
function editedSince(base: Record<string, unknown> | null, fields: Record<string, unknown>): boolean {
  if (!base) return true;
  return keysOf(base, fields).some((key) => !EARLIEST.has(key) && !LATEST.has(key) && !SKIPPED.has(key) && key !== 'deletedAt' && !sameValue(base[key], fields[key]));
}

/**
 * Open conflicts are a set keyed by field: one resolved on either side (present in the base,
 * gone on that side) stays resolved; one raised on either side stays open.
 */
function mergeOpenConflicts(base: FieldConflict[] | undefined, winner: FieldConflict[] | undefined, other: FieldConflict[] | undefined): FieldConflict[] {
  const byField = (list: FieldConflict[] | undefined) => new Map((list ?? []).map((c) => [c.field, c]));
  const b = byField(base);
  const w = byField(winner);
  const o = byField(other);
  const result: FieldConflict[] = [];
  for (const field of [...new Set([...w.keys(), ...o.keys()])].sort()) {
    const resolvedSomewhere = b.has(field) && (!w.has(field) || !o.has(field));
    if (resolvedSomewhere) continue;
    result.push((w.get(field) ?? o.get(field))!);
  }
  return result;
}

/**
 * Merges `other` into `winner` against `base` (null when the common ancestor is not available:
 * then every differing field is a conflict, which loses nothing).
 */
export function threeWayMerge<T extends MergeableFields>(base: T | null, winner: Authored<T>, other: Authored<T>): MergeResult<T> {
  const conflicts: FieldConflict[] = [];
  const merged: Record<string, unknown> = {};
  const b = base as Record<string, unknown> | null;
  const w = winner.fields as Record<string, unknown>;
  const o = other.fields as Record<string, unknown>;
  const side = (fields: Record<string, unknown>, author: Authored<T>, key: string, nested?: string): Side => {
    const value = nested === undefined ? fields[key] : (fields[key] as Record<string, unknown> | undefined)?.[nested];
    return { value, by: author.by, at: author.at };
  };

  for (const key of keysOf(b, w, o)) {
    if (SKIPPED.has(key) || key === 'deletedAt') continue;
    if (EARLIEST.has(key) || LATEST.has(key)) {
      const values = [w[key], o[key]].filter((v): v is number => typeof v === 'number');
      if (values.length > 0) merged[key] = EARLIEST.has(key) ? Math.min(...values) : Math.max(...values);
      continue;
    }
    if (NESTED.has(key)) {
      const inner: Record<string, unknown> = {};
      const bn = (b?.[key] ?? {}) as Record<string, unknown>;
      for (const innerKey of keysOf(bn, w[key] as Record<string, unknown>, o[key] as Record<string, unknown>)) {
        const value = mergeField(`${key}.${innerKey}`, bn[innerKey], b !== null, side(w, winner, key, innerKey), side(o, other, key, innerKey), conflicts);
        if (value !== undefined) inner[innerKey] = value;
      }
      merged[key] = inner;
      continue;
    }
    const value = mergeField(key, b?.[key], b !== null, side(w, winner, key), side(o, other, key), conflicts);
    if (value !== undefined) merged[key] = value;
  }

  // Delete versus edit: the record stays live and the question is asked, so the edit survives.
  const wDeleted = isDeleted(w);
  const oDeleted = isDeleted(o);
  if (wDeleted && oDeleted) {
    merged.deletedAt = Math.min(w.deletedAt as number, o.deletedAt as number);
  } else if (!wDeleted && !oDeleted) {
    merged.deletedAt = null;
  } else {
    const [deleter, deleterFields, editor, editorFields] = wDeleted ? [winner, w, other, o] : [other, o, winner, w];
    if (isDeleted(b)) {
      // Deleted in the base and restored on one side: the restore is the change.
      merged.deletedAt = null;
    } else if (editedSince(b, editorFields)) {
      merged.deletedAt = null;
      conflicts.push({
        field: 'deletedAt',
        values: [
          { value: deleterFields.deletedAt, by: deleter.by, at: deleter.at },
          { value: null, by: editor.by, at: editor.at },
        ],
      });
    } else {
      merged.deletedAt = deleterFields.deletedAt;
    }
  }

  const open = mergeOpenConflicts(base?.fieldConflicts, winner.fields.fieldConflicts, other.fields.fieldConflicts);
  const raisedFields = new Set(conflicts.map((c) => c.field));
  const all = [...open.filter((c) => !raisedFields.has(c.field)), ...conflicts].sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
  if (all.length > 0) merged.fieldConflicts = all;
  return { fields: merged as T, conflicts };
}
