import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formDraftKey, isFormDirty, restoreDraft, type FormDraftTarget, type RestoredDraft } from '../../domain/form-drafts/formDraft';
import type { LeadInput } from '../../domain/lead';
import type { FormDraftRepository } from '../../storage/form-drafts/formDraftRepository';
import { createDraftWriter } from './draftWriter';

export type FormDraftState =
  | { status: 'loading' }
  | {
      status: 'ready';
      /** The draft the form reopened on, or null (nothing unsaved was kept). */
      restored: (RestoredDraft & { savedAt: number; draftRev: number | null }) | null;
    };

export type FormDraftControl = {
  state: FormDraftState;
  /** What the form starts from once ready: the restored draft, else the host's values. */
  initial: LeadInput;
  /** Call with the form's values on every change. */
  track(input: LeadInput): void;
  /** The last tracked values differ from what the form edits. */
  unsaved: boolean;
  /** The form was saved (its new values and the saved rev) or discarded (back to its base): the draft goes. */
  settle(base: LeadInput, baseRev?: number | null): void;
};

/**
 * Keeps a lead form's unsaved input in `formDrafts`: reads the draft once when the form opens,
 * writes the latest values after each pause in typing (`draftWriter.ts`) and at once when the
 * form leaves or the pane is hidden or closing, and deletes it on save or discard. `base` and
 * `baseRev` are what the form edits: the stored lead and its rev, or a new lead's prefill and null.
 */
export function useFormDraft({ target, base, baseRev, drafts }: {
  target: FormDraftTarget;
  base: LeadInput;
  baseRev: number | null;
  drafts: FormDraftRepository;
}): FormDraftControl {
  const key = formDraftKey(target);
  const leadId = target.kind === 'lead' ? target.leadId : null;
  const [state, setState] = useState<FormDraftState>({ status: 'loading' });
  const [unsaved, setUnsaved] = useState(false);
  const writer = useMemo(() => createDraftWriter(drafts), [drafts]);
  // What the next write records (the base and rev the edits are on) and what "unsaved" compares to.
  const edits = useRef({ base, baseRev, compareTo: base });

  useEffect(() => {
    let live = true;
    void drafts.get(key).then(
      (draft) => {
        if (!live) return;
        if (!draft) return setState({ status: 'ready', restored: null });
        const restored = restoreDraft(draft, { input: base, rev: baseRev });
        // A draft taken before another save keeps that save's rev, so the form's save still meets the conflict.
        edits.current = restored.changedElsewhere ? { base: draft.base, baseRev: draft.baseRev, compareTo: restored.base } : { base, baseRev, compareTo: base };
        setState({ status: 'ready', restored: { ...restored, savedAt: draft.updatedAt, draftRev: draft.baseRev } });
      },
      // An unreadable draft is no draft: the form opens on the host's values.
      () => live && setState({ status: 'ready', restored: null }),
    );
    return () => {
      live = false;
    };
    // The draft is read once per form; a later stored version is the conflict path's business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafts, key]);

  useEffect(() => {
    const leave = () => writer.flush();
    const hidden = () => document.visibilityState === 'hidden' && writer.flush();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      writer.flush();
    };
  }, [writer]);

  const track = useCallback(
    (input: LeadInput) => {
      const { base: draftBase, baseRev: draftRev, compareTo } = edits.current;
      const dirty = isFormDirty(compareTo, input);
      writer.change(key, dirty ? { key, leadId, baseRev: draftRev, base: draftBase, input, updatedAt: Date.now() } : null);
      setUnsaved(dirty);
    },
    [writer, key, leadId],
  );

  const settle = useCallback(
    (next: LeadInput, rev?: number | null) => {
      writer.cancel();
      setUnsaved(false);
      edits.current = { base: next, baseRev: rev === undefined ? edits.current.baseRev : rev, compareTo: next };
      void drafts.remove(key).catch(() => undefined);
    },
    [writer, drafts, key],
  );

  const initial = state.status === 'ready' && state.restored ? state.restored.input : base;
  return { state, initial, track, unsaved, settle };
}
