import { mailingAddressText, LEAD_LIMITS, RATINGS } from '../lead';
import {
  changeLead, NO_NAMES, UNSCORED_SETTING, validateDisqualifyChoice as validateDisqualifyReason, validateScoreTarget,
  type AssigneeNames, type ChangeContext, type DisqualifyChoice, type LeadChange, type LeadChangeError, type ScoreSetting,
} from '../leadChange';
import { validateCustomValues } from '../customFields';
import { regionFromAddress } from '../region';
import type { AssigneeRef, CustomFieldDef, CustomValue, Disqualification, Lead, LeadId, PersonId, Rating, TeamId, WorkflowEvent } from '../types';

export { RATINGS } from '../lead';
export { assigneeOf, UNSCORED_SETTING, type AssigneeNames, type DisqualifyChoice, type ScoreSetting } from '../leadChange';

/**
 * Fixed fields that make sense to set on many leads at once; user-defined custom fields are
 * offered beside them (MassEdit `field: 'custom'`). The score lives in its own table (see
 * `LeadScore`): a score edit plans `score` changes and leaves the lead record alone.
 */
export type MassEditField = 'source' | 'region' | 'assignee' | 'rating' | 'status' | 'score';
export const MASS_EDIT_FIELDS: readonly MassEditField[] = ['source', 'region', 'assignee', 'rating', 'status', 'score'];

/** A region edit's third choice besides a value and "clear": each lead's own mailing address. */
export const REGION_FROM_ADDRESS = { fromAddress: true } as const;

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

/** A change-path error as the dialog and WorkflowError name it (the field is known there). */
function asMassEditError(error: LeadChangeError): MassEditError {
  const { field: _field, ...rest } = error;
  if (rest.code === 'tooLong') return { code: 'tooLong', max: rest.max ?? 0 };
  return rest as MassEditError;
}

/**
 * Per-value validation; the dialog shows the message next to the value and applies nothing. The
 * limits are the lead's own (`LEAD_LIMITS`, the change path's table), so a source the form
 * accepts is accepted here too; "empty" is mass edit's own rule (clearing is a separate choice).
 */
export function validateMassEdit(edit: MassEdit): MassEditError[] {
  switch (edit.field) {
    case 'source':
    case 'region': {
      if (edit.value === null || typeof edit.value === 'object') return [];
      const value = edit.value.trim();
      if (!value) return [{ code: 'emptyValue' }];
      const max = LEAD_LIMITS[edit.field];
      return value.length > max ? [{ code: 'tooLong', max }] : [];
    }
    case 'rating':
      return edit.value === null || RATINGS.includes(edit.value) ? [] : [{ code: 'invalidRating', value: String(edit.value) }];
    case 'assignee':
      return [];
    case 'score':
      return edit.value === null ? [] : validateScoreTarget({ mode: 'manual', stars: edit.value }).map(asMassEditError);
    case 'custom': {
      if (edit.value === null) return [];
      if (edit.value === '') return [{ code: 'emptyValue' }];
      return validateCustomValues({ [edit.def.id]: edit.value }, [edit.def]).map(asMassEditError);
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
  return validateDisqualifyReason(choice).map(asMassEditError);
}

export type PlannedChange = {
  id: LeadId;
  before: LeadPatch;
  after: LeadPatch;
  /** The lead as the change path left it (the stored one, unchanged, for a score edit). */
  lead: Lead;
  /** Set by a score edit, whose `before`/`after` lead patches are empty. */
  score?: { before: ScoreSetting; after: ScoreSetting };
  /** What the lead's history records. */
  event: WorkflowEvent | null;
};

/**
 * `qualified`: status is not a bulk decision for them; `noRegionInAddress`: no region could be
 * read; `invalid`: the lead breaks a rule of the change path (a value its custom field refuses).
 */
export type SkipReason = 'qualified' | 'noRegionInAddress' | 'invalid';
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

/** The lead fields an edit of `field` writes, which its undo record keeps. */
const PATCH_KEYS: Record<Exclude<MassEditField, 'score'> | 'custom', ReadonlyArray<keyof LeadPatch>> = {
  source: ['source'],
  region: ['region'],
  rating: ['rating'],
  assignee: ['ownerId', 'teamId'],
  status: ['status', 'disqualification'],
  custom: ['customValues'],
};

/** A mass edit of one lead as a change-path change; null when the lead's address names no region. */
function changeOf(edit: Exclude<MassEdit, { field: 'score' }>, lead: Lead): LeadChange | null {
  switch (edit.field) {
    case 'region': {
      if (edit.value === null || typeof edit.value === 'string') return { fields: { region: edit.value ?? '' } };
      const read = regionFromAddress(mailingAddressText(lead.addresses));
      return read ? { fields: { region: read } } : null;
    }
    case 'custom':
      return { custom: { [edit.def.id]: edit.value } };
    case 'source':
      return { fields: { source: edit.value ?? '' } };
    case 'rating':
      return { fields: { rating: edit.value } };
    case 'assignee':
      return { assignee: edit.value };
    case 'status':
      return edit.value === 'open' ? { status: { to: 'open' } } : { status: { to: 'disqualified', reason: edit.disqualification } };
  }
}

export function fieldRefOf(edit: Exclude<MassEdit, { field: 'score' }>): FieldRef {
  return edit.field === 'custom' ? { field: 'custom', id: edit.def.id, name: edit.def.name } : { field: edit.field };
}

/**
 * What a mass edit will do to each lead, decided before anything is written: every lead goes
 * through the change path (`changeLead`), so a mass edit gives the record and history the lead
 * form would; storage writes the result, keeps `before` for undo. Qualified leads keep their
 * status (they became contacts; reopening them is not a bulk decision). A score edit needs the
 * leads' current settings (`scores`; a lead without one is unscored).
 */
export function planMassEdit(
  leads: readonly Lead[],
  edit: MassEdit,
  names: AssigneeNames,
  now: number,
  scores: ReadonlyMap<LeadId, ScoreSetting> = new Map(),
): MassEditPlan {
  const plan: MassEditPlan = { changes: [], unchanged: [], skipped: [] };
  // The edited custom field is checked as the dialog shows it, even if it was removed meanwhile.
  const context: ChangeContext = { now, by: null, customFields: edit.field === 'custom' ? [edit.def] : [], names };
  for (const lead of leads) {
    if (edit.field === 'score') {
      const target = edit.value === null ? ({ mode: 'automatic' } as const) : ({ mode: 'manual', stars: edit.value } as const);
      const result = changeLead(lead, { score: target }, { ...context, score: scores.get(lead.id) });
      if (!result.ok) plan.skipped.push({ id: lead.id, reason: 'invalid' });
      else if (!result.score) plan.unchanged.push(lead.id);
      else plan.changes.push({ id: lead.id, before: {}, after: {}, lead, score: result.score, event: result.events[0] ?? null });
      continue;
    }
    if (edit.field === 'status' && lead.status === 'qualified') {
      plan.skipped.push({ id: lead.id, reason: 'qualified' });
      continue;
    }
    const change = changeOf(edit, lead);
    if (!change) {
      plan.skipped.push({ id: lead.id, reason: 'noRegionInAddress' });
      continue;
    }
    const result = changeLead(lead, change, context);
    if (!result.ok) plan.skipped.push({ id: lead.id, reason: 'invalid' });
    else if (!result.changed) plan.unchanged.push(lead.id);
    else {
      const keys = PATCH_KEYS[edit.field];
      plan.changes.push({ id: lead.id, before: pick(lead, keys), after: pick(result.lead, keys), lead: result.lead, event: result.events[0] ?? null });
    }
  }
  return plan;
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

export type UndoPlan = { restore: Array<{ lead: Lead; events: WorkflowEvent[] }>; conflicts: LeadId[]; missing: LeadId[] };
export type ScoreUndoPlan = { restore: Array<{ id: LeadId; setting: ScoreSetting }>; conflicts: LeadId[]; missing: LeadId[] };

/** Putting the before-values back, as a change-path change (for a custom field, only that field). */
function restoringChange(before: LeadPatch, ref?: FieldRef | null): LeadChange {
  const change: LeadChange = {};
  const fields: NonNullable<LeadChange['fields']> = {};
  if ('source' in before) fields.source = before.source ?? '';
  if ('region' in before) fields.region = before.region ?? '';
  if ('rating' in before) fields.rating = before.rating ?? null;
  if (before.customValues) {
    if (ref?.field === 'custom') change.custom = { [ref.id]: before.customValues[ref.id] ?? null };
    else fields.customValues = before.customValues;
  }
  if (Object.keys(fields).length) change.fields = fields;
  if ('ownerId' in before || 'teamId' in before) {
    change.assignee = before.ownerId ? { type: 'person', id: before.ownerId } : before.teamId ? { type: 'team', id: before.teamId } : null;
  }
  if ('status' in before) {
    const d = before.disqualification;
    change.status = before.status === 'disqualified' && d
      ? { to: 'disqualified', reason: { reasonId: d.reasonId, reasonLabel: d.reasonLabel, text: d.text }, at: d.at }
      : { to: 'open' };
  }
  return change;
}

/**
 * Undo restores a lead when the edited field still holds what the edit wrote: untouched since
 * (same rev), or changed only in other fields (a later edit of another field). A lead whose field
 * was changed again is reported as a conflict rather than silently overwritten. For a custom
 * field only that field is compared and restored, so the lead's other custom values stay. The
 * restore goes through the change path too, so its history reads like any other change.
 */
export function planUndo(
  entries: readonly UndoEntry[],
  current: ReadonlyArray<Lead | undefined>,
  now: number,
  ref?: FieldRef | null,
  names: AssigneeNames = NO_NAMES,
): UndoPlan {
  const plan: UndoPlan = { restore: [], conflicts: [], missing: [] };
  const context: ChangeContext = { now, by: null, customFields: [], names };
  entries.forEach((entry, index) => {
    const lead = current[index];
    if (!lead) return void plan.missing.push(entry.id);
    // Chunks written before `after` was kept can only tell by rev.
    const restorable = lead.rev === entry.rev || (entry.after !== undefined && stillAsEdited(lead, entry.after, ref));
    const result = restorable ? changeLead(lead, restoringChange(entry.before, ref), context) : null;
    if (!result?.ok) return void plan.conflicts.push(entry.id);
    // The field keeps the name it had when it was edited, even if renamed or removed since.
    const events = result.events.map((event) =>
      event.type === 'fieldChanged' && event.field === 'custom' && ref?.field === 'custom' ? { ...event, fieldName: ref.name } : event,
    );
    plan.restore.push({ lead: result.lead, events });
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
