import { assigneeFields, sameAssignee } from './assignee';
import { MAX_DISQUALIFY_TEXT_LENGTH, reasonNeedsText } from './disqualifyReasons';
import { validateCustomValues } from '../customFields';
import type { AssigneeRef, CustomFieldDef, CustomValue, Disqualification, Lead, LeadId, PersonId, Rating, TeamId, WorkflowEvent } from '../types';

/**
 * Fixed fields that make sense to set on many leads at once; user-defined custom fields are
 * offered beside them (MassEdit `field: 'custom'`). Score mode/stars live in the scores table
 * and are not mass-edited yet.
 */
export type MassEditField = 'source' | 'assignee' | 'rating' | 'status';
export const MASS_EDIT_FIELDS: readonly MassEditField[] = ['source', 'assignee', 'rating', 'status'];
export const RATINGS: readonly Rating[] = ['hot', 'warm', 'cold'];
export const MAX_SOURCE_LENGTH = 256;

export type DisqualifyChoice = { reasonId: string; reasonLabel: string; text: string };

/** One mass edit: a field and its new value; `null` is "clear value" where clearing makes sense. */
export type MassEdit =
  | { field: 'source'; value: string | null }
  | { field: 'rating'; value: Rating | null }
  | { field: 'assignee'; value: AssigneeRef }
  | { field: 'status'; value: 'open' }
  | { field: 'status'; value: 'disqualified'; disqualification: DisqualifyChoice }
  /** A user-defined field: the value is checked against the field's kind, like on the form. */
  | { field: 'custom'; def: CustomFieldDef; value: CustomValue | null };

/** The lead fields a mass edit may touch; the undo record keeps exactly these. */
export type LeadPatch = {
  source?: string;
  rating?: Rating | null;
  ownerId?: PersonId | null;
  teamId?: TeamId | null;
  status?: Lead['status'];
  disqualification?: Disqualification | null;
  customValues?: Record<string, CustomValue>;
};

export type MassEditError =
  | { code: 'emptyValue' }
  | { code: 'tooLong'; max: number }
  | { code: 'invalidRating'; value: string }
  | { code: 'statusRequired' }
  | { code: 'reasonRequired' }
  | { code: 'reasonTextRequired' }
  | { code: 'reasonTextTooLong'; max: number }
  | { code: 'notANumber' | 'notADate' | 'notAChoice'; value: string };

/** Per-value validation; the dialog shows the message next to the value and applies nothing. */
export function validateMassEdit(edit: MassEdit): MassEditError[] {
  switch (edit.field) {
    case 'source': {
      if (edit.value === null) return [];
      const value = edit.value.trim();
      if (!value) return [{ code: 'emptyValue' }];
      return value.length > MAX_SOURCE_LENGTH ? [{ code: 'tooLong', max: MAX_SOURCE_LENGTH }] : [];
    }
    case 'rating':
      return edit.value === null || RATINGS.includes(edit.value) ? [] : [{ code: 'invalidRating', value: String(edit.value) }];
    case 'assignee':
      return [];
    case 'custom': {
      if (edit.value === null) return [];
      if (edit.value === '') return [{ code: 'emptyValue' }];
      return validateCustomValues({ [edit.def.id]: edit.value }, [edit.def]).map((error) =>
        error.code === 'tooLong' ? { code: 'tooLong' as const, max: error.max ?? 0 } : { code: error.code, value: error.value },
      );
    }
    case 'status': {
      const value: string | null = edit.value;
      if (value !== 'open' && value !== 'disqualified') return [{ code: 'statusRequired' }];
      if (edit.value === 'open') return [];
      return validateDisqualifyChoice(edit.disqualification);
    }
  }
}

export function validateDisqualifyChoice(choice: DisqualifyChoice): MassEditError[] {
  if (!choice.reasonId) return [{ code: 'reasonRequired' }];
  const text = choice.text.trim();
  if (reasonNeedsText(choice.reasonId) && !text) return [{ code: 'reasonTextRequired' }];
  if (text.length > MAX_DISQUALIFY_TEXT_LENGTH) return [{ code: 'reasonTextTooLong', max: MAX_DISQUALIFY_TEXT_LENGTH }];
  return [];
}

/** Names of people and teams, for the history entry "assigned from X to Y". */
export type AssigneeNames = { person(id: PersonId): string | undefined; team(id: TeamId): string | undefined };

export function assigneeOf(lead: Pick<Lead, 'ownerId' | 'teamId'>, names: AssigneeNames): AssigneeRef {
  if (lead.ownerId) return { type: 'person', id: lead.ownerId, name: names.person(lead.ownerId) ?? '' };
  if (lead.teamId) return { type: 'team', id: lead.teamId, name: names.team(lead.teamId) ?? '' };
  return null;
}

export type PlannedChange = {
  id: LeadId;
  before: LeadPatch;
  after: LeadPatch;
  /** What the lead's history records, for the edits that are part of its story. */
  event: WorkflowEvent | null;
};

export type SkipReason = 'qualified';
export type MassEditPlan = {
  changes: PlannedChange[];
  /** Leads that already hold the value: nothing to write. */
  unchanged: LeadId[];
  skipped: Array<{ id: LeadId; reason: SkipReason }>;
};

function pick(lead: Lead, keys: ReadonlyArray<keyof LeadPatch>): LeadPatch {
  const out: Record<string, unknown> = {};
  // Fields missing on pre-v4 records read as null, so undo restores an explicit value.
  for (const key of keys) out[key] = lead[key] ?? (key === 'source' ? '' : key === 'customValues' ? {} : null);
  return out as LeadPatch;
}

function customValuesWith(lead: Lead, fieldId: string, value: CustomValue | null): Record<string, CustomValue> {
  const { [fieldId]: _old, ...rest } = lead.customValues ?? {};
  return value === null ? rest : { ...rest, [fieldId]: value };
}

function patchFor(edit: MassEdit, now: number, lead: Lead): LeadPatch {
  switch (edit.field) {
    case 'custom':
      return { customValues: customValuesWith(lead, edit.def.id, edit.value) };
    case 'source':
      return { source: edit.value === null ? '' : edit.value.trim() };
    case 'rating':
      return { rating: edit.value };
    case 'assignee':
      return assigneeFields(edit.value);
    case 'status':
      return edit.value === 'open'
        ? { status: 'open', disqualification: null }
        : {
            status: 'disqualified',
            disqualification: { ...edit.disqualification, text: edit.disqualification.text.trim(), at: now },
          };
  }
}

function samePatch(lead: Lead, patch: LeadPatch, edit: MassEdit): boolean {
  if (edit.field === 'status') return lead.status === patch.status;
  if (edit.field === 'custom') return (lead.customValues?.[edit.def.id] ?? null) === edit.value;
  return (Object.keys(patch) as Array<keyof LeadPatch>).every((key) => (lead[key] ?? (key === 'source' ? '' : null)) === patch[key]);
}

/**
 * What a mass edit will do to each lead, decided before anything is written: the storage layer
 * writes `after`, keeps `before` for undo and adds `event` to the history. Qualified leads keep
 * their status (they became contacts; reopening them is not a bulk decision).
 */
export function planMassEdit(leads: readonly Lead[], edit: MassEdit, names: AssigneeNames, now: number): MassEditPlan {
  const plan: MassEditPlan = { changes: [], unchanged: [], skipped: [] };
  for (const lead of leads) {
    // Most edits write the same patch everywhere; a custom field keeps each lead's other values.
    const after = patchFor(edit, now, lead);
    const keys = Object.keys(after) as Array<keyof LeadPatch>;
    if (edit.field === 'status' && lead.status === 'qualified') {
      plan.skipped.push({ id: lead.id, reason: 'qualified' });
      continue;
    }
    if (samePatch(lead, after, edit)) {
      plan.unchanged.push(lead.id);
      continue;
    }
    plan.changes.push({ id: lead.id, before: pick(lead, keys), after, event: eventFor(lead, edit, names) });
  }
  return plan;
}

function eventFor(lead: Lead, edit: MassEdit, names: AssigneeNames): WorkflowEvent | null {
  if (edit.field === 'assignee') {
    const from = assigneeOf(lead, names);
    return sameAssignee(from, edit.value) ? null : { type: 'assigned', to: edit.value, from };
  }
  if (edit.field === 'status') {
    return edit.value === 'open'
      ? { type: 'reactivated' }
      : { type: 'disqualified', reasonLabel: edit.disqualification.reasonLabel, text: edit.disqualification.text.trim() };
  }
  return null;
}

/** The lead after a patch: a new rev so another pane's stale save is detected. */
export function applyPatch(lead: Lead, patch: LeadPatch, now: number): Lead {
  return { ...lead, ...patch, updatedAt: now, rev: lead.rev + 1 };
}

/** One lead of an undo record: the values before the edit and the rev the edit wrote. */
export type UndoEntry = { id: LeadId; before: LeadPatch; rev: number };

export type UndoPlan = { restore: Lead[]; conflicts: LeadId[]; missing: LeadId[] };

/**
 * Undo restores a lead only when nobody touched it since the edit (same rev); a lead edited in
 * between is reported as a conflict rather than silently overwritten.
 */
export function planUndo(entries: readonly UndoEntry[], current: ReadonlyArray<Lead | undefined>, now: number): UndoPlan {
  const plan: UndoPlan = { restore: [], conflicts: [], missing: [] };
  entries.forEach((entry, index) => {
    const lead = current[index];
    if (!lead) plan.missing.push(entry.id);
    else if (lead.rev !== entry.rev) plan.conflicts.push(entry.id);
    else plan.restore.push(applyPatch(lead, entry.before, now));
  });
  return plan;
}

/** The history entry for undoing an edit that is part of the lead's story (assignee, status). */
export function eventForRestore(current: Lead, restored: Lead, names: AssigneeNames): WorkflowEvent | null {
  if (current.status !== restored.status) {
    if (restored.status === 'open') return { type: 'reactivated' };
    if (restored.status === 'disqualified' && restored.disqualification) {
      return { type: 'disqualified', reasonLabel: restored.disqualification.reasonLabel, text: restored.disqualification.text };
    }
    return null;
  }
  const from = assigneeOf(current, names);
  const to = assigneeOf(restored, names);
  return sameAssignee(from, to) ? null : { type: 'assigned', to, from };
}
