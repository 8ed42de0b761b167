import type { FieldRef, UndoEntry } from '../../domain/bulk-edit/massEdit';

/**
 * The undo record of one chunk of a mass edit, written in the same transaction as the chunk,
 * so an interrupted batch can still be undone exactly as far as it went.
 */
export type EditBatchChunk = {
  id: string;
  batchId: string;
  createdAt: number;
  field: string;
  /** The field as history names it; absent on chunks written before field history existed. */
  ref?: FieldRef;
  entries: UndoEntry[];
};
