import { foldText } from '../fold';

/** Reasons shipped with LeadPane; their labels come from the message catalogue until renamed. */
export const BUILT_IN_DISQUALIFY_REASON_IDS = ['noLongerInterested', 'noBudget', 'lostToCompetitor', 'cannotContact', 'duplicate', 'other'] as const;
export type BuiltInReasonId = (typeof BUILT_IN_DISQUALIFY_REASON_IDS)[number];

/** `other` asks for a free text, so it can never be removed from the list. */
export const OTHER_REASON_ID: BuiltInReasonId = 'other';
export const MAX_REASON_LENGTH = 120;
export const MAX_DISQUALIFY_TEXT_LENGTH = 1000;

/** One entry of the editable list; `label` empty means "use the translated built-in label". */
export type DisqualifyReason = { id: string; label: string };

export const DEFAULT_DISQUALIFY_REASONS: readonly DisqualifyReason[] = BUILT_IN_DISQUALIFY_REASON_IDS.map((id) => ({ id, label: '' }));

export function isBuiltInReason(id: string): id is BuiltInReasonId {
  return (BUILT_IN_DISQUALIFY_REASON_IDS as readonly string[]).includes(id);
}

export type ReasonLabelError = 'required' | 'tooLong' | 'duplicate';

/** Checks a new or renamed label against the others (folded, so `Hết ngân sách` = `het ngan sach`). */
export function validateReasonLabel(
  label: string,
  reasons: readonly DisqualifyReason[],
  displayLabel: (reason: DisqualifyReason) => string,
  exceptId?: string,
): ReasonLabelError | null {
  const trimmed = label.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > MAX_REASON_LENGTH) return 'tooLong';
  const folded = foldText(trimmed);
  const clash = reasons.some((r) => r.id !== exceptId && foldText(displayLabel(r).trim()) === folded);
  return clash ? 'duplicate' : null;
}

export function canRemoveReason(id: string): boolean {
  return id !== OTHER_REASON_ID;
}

/** `other` needs the user's own words; the rest stand on their own. */
export function reasonNeedsText(id: string): boolean {
  return id === OTHER_REASON_ID;
}
