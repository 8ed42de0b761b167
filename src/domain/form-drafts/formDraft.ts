import type { LeadInput } from '../lead';
import type { Brand, LeadId } from '../types';

/** The row key of a form's draft: one per stored lead, one per email's new-lead form, one for "New lead". */
export type FormDraftKey = Brand<string, 'FormDraftKey'>;

/** Which form a draft belongs to. `messageId` is the email the new-lead form was prefilled from (null: the Leads tab's "New lead"). */
export type FormDraftTarget = { kind: 'lead'; leadId: LeadId } | { kind: 'newLead'; messageId: string | null };

/**
 * What the user typed into a lead form and has not saved, kept in `formDrafts` so it survives
 * leaving the form, the pane closing and Outlook moving to another message.
 */
export type FormDraft = {
  key: FormDraftKey;
  /** The stored lead the form edits; null for a new lead. */
  leadId: LeadId | null;
  /** The stored lead's `rev` the edits were made on (null for a new lead): a newer stored rev means it changed elsewhere. */
  baseRev: number | null;
  /** The form's values before the edits (the stored lead, or the prefill): what "changed" is measured against. */
  base: LeadInput;
  input: LeadInput;
  /** When the draft was last written (ms since the epoch); shown as "Restored ... from <time>". */
  updatedAt: number;
};

export const LEAD_INPUT_FIELDS: readonly (keyof LeadInput)[] = [
  'fullName', 'jobTitle', 'fileAsStyle', 'company', 'accountId', 'emails', 'phones', 'addresses', 'region', 'website', 'source',
  'notes', 'status', 'rating', 'ownerId', 'initiatedBy', 'customValues',
];

export function formDraftKey(target: FormDraftTarget): FormDraftKey {
  if (target.kind === 'lead') return `lead:${target.leadId}` as FormDraftKey;
  return (target.messageId === null ? 'new' : `new:${target.messageId}`) as FormDraftKey;
}

/**
 * A field's value as the user sees it: the form shows one empty email and phone row when there are
 * none, and an empty custom value is no value, so typing then erasing leaves a form unchanged.
 */
function comparable(field: keyof LeadInput, input: LeadInput): unknown {
  switch (field) {
    case 'emails':
      return input.emails.filter((e) => e.address.trim());
    case 'phones':
      return input.phones.filter((p) => p.number.trim());
    case 'customValues':
      return Object.entries(input.customValues)
        .filter(([, value]) => value !== '' && value !== null && value !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    default:
      return input[field];
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose values differ between `base` and `current`, in form order. */
export function changedFields(base: LeadInput, current: LeadInput): (keyof LeadInput)[] {
  return LEAD_INPUT_FIELDS.filter((field) => !sameValue(comparable(field, base), comparable(field, current)));
}

/** Whether the form holds changes not saved: any field differs from what the form started from. */
export function isFormDirty(base: LeadInput, current: LeadInput): boolean {
  return changedFields(base, current).length > 0;
}

/** What to show when a form reopens on a draft. */
export type RestoredDraft = {
  /** The form's values: the stored lead with the user's changed fields on top. */
  input: LeadInput;
  /** What the form is dirty against from now on: the stored lead (or the new form's prefill). */
  base: LeadInput;
  /** The stored lead changed since the draft was taken (another device or tab saved it). */
  changedElsewhere: boolean;
  /** Fields both the user and the other save changed, to different values: the user's value is shown. */
  bothChanged: (keyof LeadInput)[];
};

/**
 * Reopens a form on its draft. For a stored lead that another device or tab saved since, the
 * user's changed fields go on top of the latest stored values (a field they did not touch takes
 * the other save's value), so the user's typing is kept without undoing the other save.
 */
export function restoreDraft(draft: FormDraft, current: { input: LeadInput; rev: number | null }): RestoredDraft {
  if (draft.baseRev === current.rev) return { input: draft.input, base: current.input, changedElsewhere: false, bothChanged: [] };
  const mine = changedFields(draft.base, draft.input);
  const theirs = new Set(changedFields(draft.base, current.input));
  const input = { ...current.input };
  for (const field of mine) (input as Record<keyof LeadInput, unknown>)[field] = draft.input[field];
  const bothChanged = mine.filter((field) => theirs.has(field) && !sameValue(comparable(field, draft.input), comparable(field, current.input)));
  return { input, base: current.input, changedElsewhere: true, bothChanged };
}
