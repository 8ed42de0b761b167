/**
 * Sync failures sorted into what the user can do about them; the Team settings page words each
 * code in both languages. Never carries personal data (no document contents, no passwords).
 */
export type SyncErrorCode =
  | 'wrongPassword' // 401: name or password wrong
  | 'notInTeam' // 403 on the database: signed in, but not a member of that team
  | 'refused' // a validation rule refused one change (403 forbidden on a document)
  | 'unreachable' // no answer: offline, wrong address, server down, CORS
  | 'quota' // the browser's storage (or the server's disk) is full
  | 'notFound' // the team's database does not exist on that server
  | 'unknown';

export class SyncError extends Error {
  constructor(readonly code: SyncErrorCode, message: string, readonly status?: number) {
    super(message);
    this.name = 'SyncError';
  }
}

type PouchLikeError = { status?: number; name?: string; error?: string | boolean; reason?: string; message?: string; code?: string };

export function classifySyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = (error ?? {}) as PouchLikeError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const name = String(e.name ?? e.error ?? '');
  const message = String(e.reason ?? e.message ?? name);
  if (status === 401 || name === 'unauthorized') return new SyncError(status === 403 ? 'notInTeam' : 'wrongPassword', message, status);
  if (status === 403 && name === 'forbidden') return new SyncError('refused', message, status);
  if (status === 403) return new SyncError('notInTeam', message, status);
  if (status === 404) return new SyncError('notFound', message, status);
  if (status === 413 || name === 'QuotaExceededError' || /quota/i.test(message)) return new SyncError('quota', message, status);
  if (!status || status === 0 || e.code === 'ECONNREFUSED' || /fetch failed|Failed to fetch|NetworkError|ECONNREFUSED/i.test(message)) {
    return new SyncError('unreachable', message, status);
  }
  return new SyncError('unknown', message, status);
}
