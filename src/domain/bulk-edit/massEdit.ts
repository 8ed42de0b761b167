import { assigneeFields, sameAssignee } from '../assignment/assignee';
import { MAX_DISQUALIFY_TEXT_LENGTH, reasonNeedsText } from '../disqualify/disqualifyReasons';
import { validateCustomValues } from '../customFields';
import type { LeadScore } from '../leadScore';
import { mailingAddressText, MAX_REGION_LENGTH, RATINGS } from '../lead';
import { regionFromAddress } from '../region';
import { MAX_STARS } from '../scoring';
import type { AssigneeRef, CustomFieldDef, CustomValue, Disqualification, HistoryValue, Lead, LeadId, PersonId, Rating, TeamId, WorkflowEvent } from '../types';

/**
 * Fixed fields that make sense to set on many leads at once; user-defined custom fields are
 * offered beside them (MassEdit `field: 'custom'`). The score lives in its own table (see
 * `LeadScore`): a score edit plans `score` changes and leaves the lead record alone.
 */
export type MassEditField = 'source' | 'region' | 'assignee' | 'rating' | 'status' | 'score';
export const MASS_EDIT_FIELDS: readonly MassEditField[] = ['source', 'region', 'assignee', 'rating', 'status', 'score'];

/** A region edit's third choice besides a value and "clear": each lead's own mailing address. */
export const REGION_FROM_ADDRESS = { fromAddress: true } as const;
export const MAX_SOURCE_LENGTH = 256;

export type DisqualifyChoice = { reasonId: string; reasonLabel: string; text: string };

/** One mass edit: a field and its new value; `null` is "clear value" where clearing makes sense. */
export type MassEdit =
  | { field: 'source'; value: string | null }
  | { field: 'region'; value: string | null | typeof REGION_FROM_ADDRESS }
  | { field: 'rating'; value: Rating | null }
  | { field: 'assignee'; value: AssigneeRef }
  | { field: 'status'; value: 'open' }
  | { field: 'status'; value: 'disqualified'; disqualification: DisqualifyChoice }
  /** A user-defined field: the value is checked against the field's kind, like on the form. */
  | { field: 'custom'; def: CustomFieldDef; value: CustomValue | null }
  /** Manual stars (0-5) override the criteria; "clear" (null) hands the lead back to them. */
  | { field: 'score'; value: number | null };

/** The part of a lead's score a user sets; the numbers follow from it and the criteria. */
export type ScoreSetting = Pick<LeadScore, 'mode' | 'manualStars'>;
export const UNSCORED_SETTING: ScoreSetting = { mode: 'automatic', manualStars: null };

/**
 * Which field an edit (or the undo of one) touched, as the history names it. Kept with the undo
 * record so the undo's history entry names the same field.
 */
export type FieldRef = { field: Exclude<MassEditField, 'score'> } | { field: 'custom'; id: string; name: string };
/** The lead fields a mass edit may touch; the undo record keeps exactly these. */
export type LeadPatch = {
  source?: string;
  /** '' is "no region"; `applyPatch` then leaves the key off, as the lead form does. */
  region?: string;
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
  | { code: 'notANumber' | 'notADate' | 'notAChoice'; value: string }
  | { code: 'invalidStars'; max: number };

/** Per-value validation; the dialog shows the message next to the value and applies nothing. */
export function validateMassEdit(edit: MassEdit): MassEditError[] {
  switch (edit.field) {
    case 'source':
    case 'region': {
      if (edit.value === null || typeof edit.value === 'object') return [];
      const value = edit.value.trim();
      if (!value) return [{ code: 'emptyValue' }];
      const max = edit.field === 'source' ? MAX_SOURCE_LENGTH : MAX_REGION_LENGTH;
      return value.length > max ? [{ code: 'tooLong', max }] : [];
    }
    case 'rating':
      return edit.value === null || RATINGS.includes(edit.value) ? [] : [{ code: 'invalidRating', value: String(edit.value) }];
    case 'assignee':
      return [];
    case 'score':
      return edit.value === null || (Number.isInteger(edit.value) && edit.value >= 0 && edit.value <= MAX_STARS)
        ? []
        : [{ code: 'invalidStars', max: MAX_STARS }];
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
  /** Set by a score edit, whose `before`/`after` lead patches are empty. */
  score?: { before: ScoreSetting; after: ScoreSetting };
  /** What the lead's history records. */
  event: WorkflowEvent | null;
};

/** `qualified`: status is not a bulk decision for them; `noRegionInAddress`: no region could be read. */
export type SkipReason = 'qualified' | 'noRegionInAddress';
export type MassEditPlan = {
  changes: PlannedChange[];
  /** Leads that already hold the value: nothing to write. */
  unchanged: LeadId[];
  skipped: Array<{ id: LeadId; reason: SkipReason }>;
};

/** What a field missing on a stored lead means: no text, no custom values, else null. */
function absentValue(key: keyof LeadPatch): LeadPatch[keyof LeadPatch] {
  if (key === 'source' || key === 'region') return '';
  return key === 'customValues' ? {} : null;
}

function pick(lead: Lead, keys: ReadonlyArray<keyof LeadPatch>): LeadPatch {
  const out: Record<string, unknown> = {};
  // Fields missing on pre-v4 records read as null, so undo restores an explicit value.
  for (const key of keys) out[key] = lead[key] ?? absentValue(key);
  return out as LeadPatch;
}

function customValuesWith(lead: Lead, fieldId: string, value: CustomValue | null): Record<string, CustomValue> {
  const { [fieldId]: _old, ...rest } = lead.customValues ?? {};
  return value === null ? rest : { ...rest, [fieldId]: value };
}

function patchFor(edit: Exclude<MassEdit, { field: 'score' }>, now: number, lead: Lead): LeadPatch | null {
  switch (edit.field) {
    case 'region': {
      if (edit.value === null) return { region: '' };
      if (typeof edit.value === 'string') return { region: edit.value.trim().replace(/\s+/g, ' ') };
      const read = regionFromAddress(mailingAddressText(lead.addresses));
      return read ? { region: read } : null;
    }
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
  return (Object.keys(patch) as Array<keyof LeadPatch>).every((key) => (lead[key] ?? absentValue(key)) === patch[key]);
}

export function fieldRefOf(edit: Exclude<MassEdit, { field: 'score' }>): FieldRef {
  return edit.field === 'custom' ? { field: 'custom', id: edit.def.id, name: edit.def.name } : { field: edit.field };
}

/** A score edit's target: manual with the stars, or automatic keeping the old stars to pick again. */
function scoreSettingFor(value: number | null, current: ScoreSetting): ScoreSetting {
  return value === null ? { mode: 'automatic', manualStars: current.manualStars } : { mode: 'manual', manualStars: value };
}

/** What a user sees of a score setting: the manual stars, or null for "from the criteria". */
function shownScore(setting: ScoreSetting): number | null {
  return setting.mode === 'manual' ? setting.manualStars : null;
}

/**
 * What a mass edit will do to each lead, decided before anything is written: the storage layer
 * writes `after`, keeps `before` for undo and adds `event` to the history. Qualified leads keep
 * their status (they became contacts; reopening them is not a bulk decision). A score edit needs
 * the leads' current settings (`scores`; a lead without one is unscored).
 */
export function planMassEdit(
  leads: readonly Lead[],
  edit: MassEdit,
  names: AssigneeNames,
  now: number,
  scores: ReadonlyMap<LeadId, ScoreSetting> = new Map(),
): MassEditPlan {
  const plan: MassEditPlan = { changes: [], unchanged: [], skipped: [] };
  for (const lead of leads) {
    if (edit.field === 'score') {
      const before = scores.get(lead.id) ?? UNSCORED_SETTING;
      const after = scoreSettingFor(edit.value, before);
      if (before.mode === after.mode && shownScore(before) === shownScore(after)) plan.unchanged.push(lead.id);
      else plan.changes.push({ id: lead.id, before: {}, after: {}, score: { before, after }, event: scoreChangeEvent(before, after) });
      continue;
    }
    if (edit.field === 'status' && lead.status === 'qualified') {
      plan.skipped.push({ id: lead.id, reason: 'qualified' });
      continue;
    }
    // Most edits write the same patch everywhere; a custom field keeps each lead's other values.
    const after = patchFor(edit, now, lead);
    if (!after) {
      plan.skipped.push({ id: lead.id, reason: 'noRegionInAddress' });
      continue;
    }
    if (samePatch(lead, after, edit)) {
      plan.unchanged.push(lead.id);
      continue;
    }
    const keys = Object.keys(after) as Array<keyof LeadPatch>;
    const event = leadChangeEvent(fieldRefOf(edit), lead, applyPatch(lead, after, now), names);
    plan.changes.push({ id: lead.id, before: pick(lead, keys), after, event });
  }
  return plan;
}

/** A value as history shows it: empty text is no value. */
function historyValue(value: CustomValue | null | undefined): HistoryValue {
  return value === undefined || value === '' ? null : value;
}

/**
 * The history entry for a change of one field between two states of a lead (an edit, or the
 * undo of one); null when that field did not change.
 */
export function leadChangeEvent(ref: FieldRef, from: Lead, to: Lead, names: AssigneeNames): WorkflowEvent | null {
  switch (ref.field) {
    case 'assignee': {
      const before = assigneeOf(from, names);
      const after = assigneeOf(to, names);
      return sameAssignee(before, after) ? null : { type: 'assigned', to: after, from: before };
    }
    case 'status':
      if (from.status === to.status) return null;
      if (to.status === 'open') return { type: 'reactivated' };
      if (to.status === 'disqualified' && to.disqualification) {
        return { type: 'disqualified', reasonLabel: to.disqualification.reasonLabel, text: to.disqualification.text };
      }
      return null;
    case 'custom': {
      const before = historyValue(from.customValues?.[ref.id]);
      const after = historyValue(to.customValues?.[ref.id]);
      return before === after ? null : { type: 'fieldChanged', field: 'custom', fieldId: ref.id, fieldName: ref.name, from: before, to: after };
    }
    case 'source':
    case 'region':
    case 'rating': {
      const before = historyValue(from[ref.field]);
      const after = historyValue(to[ref.field]);
      return before === after ? null : { type: 'fieldChanged', field: ref.field, from: before, to: after };
    }
  }
}

export function scoreChangeEvent(from: ScoreSetting, to: ScoreSetting): WorkflowEvent | null {
  const before = shownScore(from);
  const after = shownScore(to);
  return before === after ? null : { type: 'fieldChanged', field: 'score', from: before, to: after };
}

/** The lead after a patch: a new rev so another pane's stale save is detected. */
export function applyPatch(lead: Lead, patch: LeadPatch, now: number): Lead {
  const next: Lead = { ...lead, ...patch, updatedAt: now, rev: lead.rev + 1 };
  // No region is no key, so the `region` index holds only leads that have one.
  if (!next.region) delete next.region;
  return next;
}

/**
 * One lead of an undo record: the values before the edit and the rev the edit wrote; a score
 * edit keeps the settings before and after instead (scores carry no rev).
 */
export type UndoEntry = {
  id: LeadId;
  before: LeadPatch;
  /** What the edit wrote; absent on undo records written before field-level undo. */
  after?: LeadPatch;
  rev: number;
  score?: { before: ScoreSetting; after: ScoreSetting };
};

export type UndoPlan = { restore: Lead[]; conflicts: LeadId[]; missing: LeadId[] };
export type ScoreUndoPlan = { restore: Array<{ id: LeadId; setting: ScoreSetting }>; conflicts: LeadId[]; missing: LeadId[] };

/**
 * Undo restores a lead when the edited field still holds what the edit wrote: untouched since
 * (same rev), or changed only in other fields (a later edit of another field). A lead whose field
 * was changed again is reported as a conflict rather than silently overwritten. For a custom
 * field only that field is compared and restored, so the lead's other custom values stay.
 */
export function planUndo(entries: readonly UndoEntry[], current: ReadonlyArray<Lead | undefined>, now: number, ref?: FieldRef | null): UndoPlan {
  const plan: UndoPlan = { restore: [], conflicts: [], missing: [] };
  entries.forEach((entry, index) => {
    const lead = current[index];
    if (!lead) plan.missing.push(entry.id);
    else if (lead.rev === entry.rev) plan.restore.push(applyPatch(lead, entry.before, now));
    // Chunks written before `after` was kept can only tell by rev.
    else if (entry.after && stillAsEdited(lead, entry.after, ref)) plan.restore.push(applyPatch(lead, restoringPatch(lead, entry.before, ref), now));
    else plan.conflicts.push(entry.id);
  });
  return plan;
}

function sameValue(a: unknown, b: unknown): boolean {
  // Patch values are plain data (strings, nulls, small objects built in one key order).
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function stillAsEdited(lead: Lead, after: LeadPatch, ref?: FieldRef | null): boolean {
  return (Object.keys(after) as Array<keyof LeadPatch>).every((key) => {
    if (key === 'customValues' && ref?.field === 'custom') return sameValue(lead.customValues?.[ref.id], after.customValues?.[ref.id]);
    const value = lead[key] ?? absentValue(key);
    return sameValue(value, after[key]);
  });
}

function restoringPatch(lead: Lead, before: LeadPatch, ref?: FieldRef | null): LeadPatch {
  if (ref?.field !== 'custom' || !before.customValues) return before;
  return { ...before, customValues: customValuesWith(lead, ref.id, before.customValues[ref.id] ?? null) };
}

/**
 * Undo of a score edit: a lead whose setting is no longer what the edit wrote was changed since
 * (on its record, or by a later edit) and keeps that change. A deleted lead is left alone.
 */
export function planScoreUndo(entries: readonly UndoEntry[], leads: ReadonlyArray<Lead | undefined>, current: ReadonlyMap<LeadId, ScoreSetting>): ScoreUndoPlan {
  const plan: ScoreUndoPlan = { restore: [], conflicts: [], missing: [] };
  entries.forEach((entry, index) => {
    const lead = leads[index];
    if (!entry.score || !lead || lead.deletedAt) {
      plan.missing.push(entry.id);
      return;
    }
    const now = current.get(entry.id) ?? UNSCORED_SETTING;
    const wrote = entry.score.after;
    if (now.mode !== wrote.mode || now.manualStars !== wrote.manualStars) plan.conflicts.push(entry.id);
    else plan.restore.push({ id: entry.id, setting: entry.score.before });
  });
  return plan;
}
