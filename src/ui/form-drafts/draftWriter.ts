import type { FormDraft, FormDraftKey } from '../../domain/form-drafts/formDraft';

/** How long typing pauses before the draft is written: one small put per pause, not per key. */
export const DRAFT_WRITE_DELAY_MS = 400;

export type DraftStore = {
  put(draft: FormDraft): Promise<void>;
  remove(key: FormDraftKey): Promise<void>;
};

export type DraftWriter = {
  /** The form's latest draft, or null when it holds nothing unsaved (the stored row goes). Written after the pause. */
  change(key: FormDraftKey, draft: FormDraft | null): void;
  /** Writes what is pending now (the form is leaving, the pane is hidden or closing). */
  flush(): void;
  /** Drops what is pending (the form was just saved or discarded: its row is removed by the caller). */
  cancel(): void;
};

type Pending = { key: FormDraftKey; draft: FormDraft | null };

/**
 * Debounces a form's draft writes: the last change wins, one write per pause of
 * `delayMs`; a write failure (quota, a closed database) costs only the draft, never the form.
 */
export function createDraftWriter(store: DraftStore, delayMs = DRAFT_WRITE_DELAY_MS): DraftWriter {
  let pending: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    stop();
    const next = pending;
    pending = null;
    if (!next) return;
    // Unsaved typing is still on screen: a failed write loses nothing the user can see.
    void (next.draft ? store.put(next.draft) : store.remove(next.key)).catch(() => undefined);
  };
  return {
    change(key, draft) {
      pending = { key, draft };
      stop();
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      stop();
      pending = null;
    },
  };
}
