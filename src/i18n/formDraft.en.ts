/** The lead forms' unsaved-changes bar and draft restore (issue #14). */
export const formDraftEn = {
  'formDraft.unsaved': 'Unsaved changes',
  'formDraft.discard': 'Discard',
  'formDraft.restored': 'Restored your unsaved changes from {time}.',
} as const;
