import type { LeadDuplicate } from '../domain/duplicates';
import type { LeadFieldError } from '../domain/lead';

/** Thrown when input breaks a domain rule; carries every error so the form can show them all. */
export class ValidationError<E extends { field: string; code: string } = LeadFieldError> extends Error {
  constructor(readonly errors: E[]) {
    super(`Validation failed: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/**
 * Thrown when a save is based on an older version than the stored one (another pane saved in
 * between). Carries the stored record so the user can reload it or overwrite it knowingly.
 */
export class ConflictError<T> extends Error {
  constructor(readonly current: T) {
    super('The record was changed elsewhere since it was opened');
    this.name = 'ConflictError';
  }
}

/**
 * Thrown by a create asked to refuse duplicates (`CreateOptions.refuseDuplicates`) when the check,
 * run inside the write transaction, finds matches: two panes saving the same sender at once then
 * make one lead, and the second is shown the first.
 */
export class DuplicateError extends Error {
  constructor(readonly matches: LeadDuplicate[]) {
    super(`The lead matches ${matches.length} existing record(s)`);
    this.name = 'DuplicateError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found (it may have been deleted)`);
    // Not 'NotFoundError': Dexie turns an error thrown in a transaction with that (IndexedDB
    // DOMException) name into its own DexieError, and callers could no longer tell it apart.
    this.name = 'RecordNotFoundError';
  }
}
