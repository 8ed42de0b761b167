import type { LeadInput } from '../../domain/lead';
import type { LeadId } from '../../domain/types';

/** The fields a "fill empty fields" import set on one existing lead, with what they held before. */
export type FilledLead = { id: LeadId; before: Partial<LeadInput>; rev: number };

/**
 * The undo record of one chunk of an import, written in that chunk's transaction, so an import
 * cut off part-way can still be undone exactly as far as it went.
 */
export type ImportBatchChunk = {
  id: string;
  batchId: string;
  file: string;
  createdAt: number;
  /** Leads the chunk created, with the rev it wrote (a later edit shows as a higher rev). */
  created: Array<{ id: LeadId; rev: number }>;
  filled: FilledLead[];
};

/** The settings row of an import under way; removed when it completes, or when the user keeps or undoes a cut-off one. */
export type ImportInProgress = {
  batchId: string;
  file: string;
  done: number;
  total: number;
  /** Leads created or filled so far. */
  written: number;
  /** The pane (repository instance) running it, and when its last chunk committed. */
  session: string;
  at: number;
};

/** A column mapping saved by name; `headers` is the file's folded header row, joined by "|". */
export type SavedImportMapping = { name: string; headers: string; keys: string[] };
