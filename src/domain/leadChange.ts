/**
 * The one way a lead changes. Every writer (the lead form, the record's actions, the rating
 * suggestion, mass edit and its undo, qualify / disqualify / reactivate, import, team sync) turns
 * what the user did into a `LeadChange` and calls `changeLead` (or `createLead` for a new lead):
 * one set of validations (`validateLead`'s table, `LEAD_LIMITS`), one way the stored keys are
 * derived (`withDerivedKeys`), one rule for which history items a change implies. Pure: storage
 * writes the result (`storage/leadWrites.ts`) with the lead's history and rev in one transaction.
 */
import { assigneeFields, sameAssignee } from './assignment/assignee';
import { MAX_DISQUALIFY_TEXT_LENGTH, reasonNeedsText } from './disqualify/disqualifyReasons';
import {
  buildLead, cleanLeadInput, leadBody, leadInputOf, validateLead, withDerivedKeys, type LeadFieldError, type LeadInput,
} from './lead';
import { defaultFileAsStyle, fileAsText } from './fileAs';
import type { LeadScore } from './leadScore';
import { MAX_STARS } from './scoring';
import type { ConflictSettlement } from './sync/settleConflict';
import type {
  AccountId, AssigneeRef, ContactId, CreatedVia, CustomFieldDef, CustomValue, HistoryValue, Lead, LeadId, OpportunityId, PersonId,
  TeamId, WorkflowEvent,
} from './types';

/** Who a lead is assigned to; names come from `ChangeContext.names` (an `AssigneeRef` fits). */
export type AssigneeTarget = { type: 'person'; id: PersonId } | { type: 'team'; id: TeamId } | null;

/** What disqualifying asks for: a reason from the editable list and, for some reasons, a text. */
export type DisqualifyChoice = { reasonId: string; reasonLabel: string; text: string };

export type StatusChange =
  /** Reactivate: back to open, the disqualification forgotten. */
  | { to: 'open' }
  /** `at` is kept when an undo restores an earlier disqualification; else it is the change's time. */
  | { to: 'disqualified'; reason: DisqualifyChoice; at?: number }
  /** Only qualify (`planConversion`) sends this: it names the records the lead became. */
  | { to: 'qualified'; contactId: ContactId; accountId: AccountId | null; opportunityId: OpportunityId | null };

/** The part of a lead's score a user sets; the numbers follow from it and the criteria. */
export type ScoreSetting = Pick<LeadScore, 'mode' | 'manualStars'>;
export const UNSCORED_SETTING: ScoreSetting = { mode: 'automatic', manualStars: null };
/** Manual stars (0-5) override the criteria; `automatic` hands the lead back to them (its stars are kept to pick again). */
export type ScoreTarget = { mode: 'manual'; stars: number } | { mode: 'automatic' };

/** The lead fields a change may set directly; status and assignee have their own entries. */
export type LeadFields = Omit<LeadInput, 'status' | 'ownerId'>;

/**
 * One change to one lead. Every part is optional; what is absent stays as it is, and a part that
 * sets what the lead already holds is no change (no rev, no history).
 */
export type LeadChange = {
  /** Field edits, as the form holds them (`customValues` replaces the whole map). */
  fields?: Partial<LeadFields>;
  /** Single custom fields set (a value) or cleared (null), keeping the lead's other values. */
  custom?: Readonly<Record<string, CustomValue | null>>;
  assignee?: AssigneeTarget;
  status?: StatusChange;
  /** Stored in `leadScores`, not on the lead: the lead record and rev stay as they are. */
  score?: ScoreTarget;
  /** Field conflicts from team sync this change answers (`sync/settleConflict.ts`): they close. */
  settle?: readonly ConflictSettlement[];
};

/** Names of people and teams, for the history entry "assigned from X to Y". */
export type AssigneeNames = { person(id: PersonId): string | undefined; team(id: TeamId): string | undefined };
export const NO_NAMES: AssigneeNames = { person: () => undefined, team: () => undefined };

export type ChangeContext = {
  now: number;
  /** Who makes the change (the user's person id, or the peer a sync came from); kept on the history items. */
  by: PersonId | null;
  /** The live custom field definitions: values are checked against them, history names them. */
  customFields: readonly CustomFieldDef[];
  names: AssigneeNames;
  /** The lead's current score setting; needed only when the change sets the score. */
  score?: ScoreSetting;
};

export type LeadChangeError =
  | LeadFieldError
  | { field: 'status'; code: 'reasonRequired' | 'reasonTextRequired' | 'qualifiedStays' | 'alreadyQualified' }
  | { field: 'status'; code: 'reasonTextTooLong'; max: number }
  | { field: 'score'; code: 'invalidStars'; max: number };

export type LeadChangeResult =
  | {
      ok: true;
      /** The lead to store: the same object when nothing changed on the record. */
      lead: Lead;
      /** False when the record is as it was (nothing to write but, maybe, the score). */
      changed: boolean;
      /** What the lead's history records, in a fixed order: assignee, status, fields, custom, score. */
      events: WorkflowEvent[];
      /** Set when the score setting changes. */
      score?: { before: ScoreSetting; after: ScoreSetting };
    }
  | { ok: false; errors: LeadChangeError[] };

/** Fields whose history is kept (as `fieldChanged`); other edits (name, phones...) change the record only. */
const TRACKED_FIELDS = ['source', 'region', 'rating'] as const;
/** Fields the stored search and sort keys are derived from: only a change of these re-derives them. */
/** The fields a derived key is made from (`withDerivedKeys`): changing one re-derives them all. */
const KEYED_FIELDS: ReadonlySet<keyof LeadInput> = new Set(['fullName', 'company', 'fileAsStyle', 'emails', 'phones', 'jobTitle', 'addresses', 'region', 'website']);

export function assigneeOf(lead: Pick<Lead, 'ownerId' | 'teamId'>, names: AssigneeNames): AssigneeRef {
  if (lead.ownerId) return { type: 'person', id: lead.ownerId, name: names.person(lead.ownerId) ?? '' };
  if (lead.teamId) return { type: 'team', id: lead.teamId, name: names.team(lead.teamId) ?? '' };
  return null;
}

export function validateDisqualifyChoice(choice: DisqualifyChoice): LeadChangeError[] {
  if (!choice.reasonId) return [{ field: 'status', code: 'reasonRequired' }];
  const text = choice.text.trim();
  if (reasonNeedsText(choice.reasonId) && !text) return [{ field: 'status', code: 'reasonTextRequired' }];
  if (text.length > MAX_DISQUALIFY_TEXT_LENGTH) return [{ field: 'status', code: 'reasonTextTooLong', max: MAX_DISQUALIFY_TEXT_LENGTH }];
  return [];
}

export function validateScoreTarget(target: ScoreTarget): LeadChangeError[] {
  if (target.mode === 'automatic') return [];
  return Number.isInteger(target.stars) && target.stars >= 0 && target.stars <= MAX_STARS ? [] : [{ field: 'score', code: 'invalidStars', max: MAX_STARS }];
}

/** What a user sees of a score setting: the manual stars, or null for "from the criteria". */
function shownScore(setting: ScoreSetting): number | null {
  return setting.mode === 'manual' ? setting.manualStars : null;
}

export function scoreChangeEvent(from: ScoreSetting, to: ScoreSetting): WorkflowEvent | null {
  const before = shownScore(from);
  const after = shownScore(to);
  return before === after ? null : { type: 'fieldChanged', field: 'score', from: before, to: after };
}

/** A value as history shows it: empty text is no value. */
function historyValue(value: CustomValue | null | undefined): HistoryValue {
  return value === undefined || value === '' ? null : value;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Field values are plain data (strings, arrays of small objects built in one key order).
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The lead's stored value of a form field; fields missing on older records read as empty. */
function storedValue(lead: Lead, key: keyof LeadFields): unknown {
  if (key === 'region') return lead.region ?? '';
  if (key === 'customValues') return lead.customValues ?? {};
  return lead[key] ?? null;
}

/** The lead's custom values with the change's single-field sets and clears applied. */
function customValuesAfter(base: Readonly<Record<string, CustomValue>>, custom: LeadChange['custom']): Record<string, CustomValue> {
  const next: Record<string, CustomValue> = { ...base };
  for (const [id, value] of Object.entries(custom ?? {})) {
    if (value === null) delete next[id];
    else next[id] = value;
  }
  return next;
}

function statusFields(change: StatusChange, now: number): Partial<Lead> {
  switch (change.to) {
    case 'open':
      return { status: 'open', disqualification: null };
    case 'disqualified':
      return { status: 'disqualified', disqualification: { ...change.reason, text: change.reason.text.trim(), at: change.at ?? now } };
    case 'qualified':
      return {
        status: 'qualified', qualifiedAt: now, disqualification: null,
        convertedContactId: change.contactId, convertedAccountId: change.accountId, convertedOpportunityId: change.opportunityId,
      };
  }
}

function statusEvent(lead: Lead, change: StatusChange): WorkflowEvent {
  switch (change.to) {
    case 'open':
      return { type: 'reactivated' };
    case 'disqualified':
      return { type: 'disqualified', reasonLabel: change.reason.reasonLabel, text: change.reason.text.trim() };
    case 'qualified':
      return { type: 'qualified', leadId: lead.id, contactId: change.contactId, accountId: change.accountId, opportunityId: change.opportunityId };
  }
}

function validateStatus(lead: Lead, change: StatusChange): LeadChangeError[] {
  if (lead.status === 'qualified') return [{ field: 'status', code: change.to === 'qualified' ? 'alreadyQualified' : 'qualifiedStays' }];
  return change.to === 'disqualified' ? validateDisqualifyChoice(change.reason) : [];
}

/**
 * The lead after `change`, and the history it implies. Validation covers what the change writes
 * (an old value a newer rule would refuse does not block an edit of another field); a change
 * that sets what the lead already holds returns the lead itself with `changed: false`.
 */
export function changeLead(current: Lead, change: LeadChange, context: ChangeContext): LeadChangeResult {
  const errors: LeadChangeError[] = [];
  const names = context.names;

  // Fields: the form's input on top of the stored lead, cleaned as `buildLead` cleans it.
  const fields: Partial<LeadFields> = { ...change.fields };
  if (change.custom) fields.customValues = customValuesAfter(fields.customValues ?? current.customValues ?? {}, change.custom);
  const input: LeadInput = { ...leadInputOf(current), ...fields };
  const cleaned = cleanLeadInput(input);
  const changedKeys = new Set<keyof LeadFields>();
  for (const key of Object.keys(fields) as Array<keyof LeadFields>) {
    if (key === 'fileAsStyle') {
      if ((cleaned.fileAsStyle ?? defaultFileAsStyle(cleaned.fullName)) !== current.fileAsStyle) changedKeys.add(key);
    } else if (key === 'customValues') {
      if (changedCustomValueIds(current.customValues ?? {}, cleaned.customValues).length) changedKeys.add(key);
    } else if (!same(storedValue(current, key), cleaned[key])) changedKeys.add(key);
  }
  // Only the custom fields whose value changes are checked, so a stale value elsewhere never blocks.
  const changedCustomIds = changedKeys.has('customValues') ? changedCustomValueIds(current.customValues ?? {}, cleaned.customValues) : [];
  const checkedDefs = context.customFields.filter((def) => changedCustomIds.includes(def.id));
  errors.push(...validateLead(input, checkedDefs, changedKeys));

  const statusChanges = change.status !== undefined && (current.status !== change.status.to);
  if (change.status !== undefined && (statusChanges || change.status.to === 'qualified')) errors.push(...validateStatus(current, change.status));

  let score: { before: ScoreSetting; after: ScoreSetting } | undefined;
  if (change.score) {
    errors.push(...validateScoreTarget(change.score));
    const before = context.score ?? UNSCORED_SETTING;
    const after: ScoreSetting = change.score.mode === 'manual' ? { mode: 'manual', manualStars: change.score.stars } : { mode: 'automatic', manualStars: before.manualStars };
    if (before.mode !== after.mode || shownScore(before) !== shownScore(after)) score = { before, after };
  }
  if (errors.length) return { ok: false, errors };

  const assignee = change.assignee === undefined ? undefined : assigneeFields(change.assignee as AssigneeRef);
  const assigneeChanges = Boolean(assignee && ((current.ownerId ?? null) !== assignee.ownerId || (current.teamId ?? null) !== assignee.teamId));
  // Conflicts answered: they close, and a value kept as is (`raw`) is written over the record's.
  const openBefore = current.fieldConflicts ?? [];
  const settled = (change.settle ?? []).filter((s) => openBefore.some((c) => c.field === s.field));
  const settledFields = new Set(settled.map((s) => s.field));
  if (!changedKeys.size && !assigneeChanges && !statusChanges && !settled.length) {
    const events = score ? [scoreChangeEvent(score.before, score.after)!] : [];
    return { ok: true, lead: current, changed: false, events, ...(score ? { score } : {}) };
  }

  // The record: only changed fields are written, so stored values nobody touched stay byte for byte.
  const { region: storedRegion, ...body } = leadBody(current);
  const next: Lead = { ...body, ...(storedRegion ? { region: storedRegion } : {}) } as Lead;
  for (const key of changedKeys) (next as Record<string, unknown>)[key] = cleaned[key];
  if (changedKeys.has('fullName') || changedKeys.has('company') || changedKeys.has('fileAsStyle')) {
    next.fileAsStyle = cleaned.fileAsStyle ?? defaultFileAsStyle(cleaned.fullName);
    next.fileAs = fileAsText(cleaned.fullName, cleaned.company, next.fileAsStyle);
  }
  // An empty region is left off the record, so the `region` index holds only leads that have one.
  if (!next.region) delete next.region;
  if (assigneeChanges) Object.assign(next, assignee);
  if (statusChanges && change.status) Object.assign(next, statusFields(change.status, context.now));
  for (const s of settled) if (s.raw) (next as Record<string, unknown>)[s.field] = s.raw.value;
  if (settled.length) {
    const open = openBefore.filter((c) => !settledFields.has(c.field));
    if (open.length) next.fieldConflicts = open;
    else delete next.fieldConflicts;
  }
  next.updatedAt = context.now;
  next.rev = current.rev + 1;
  const rederive = [...changedKeys].some((key) => KEYED_FIELDS.has(key));
  const lead = rederive ? withDerivedKeys(leadBody(next)) : { ...next, ...derivedKeysOf(current) };

  const events: WorkflowEvent[] = [];
  if (assigneeChanges) {
    const from = assigneeOf(current, names);
    const to = assigneeOf(lead, names);
    if (!sameAssignee(from, to)) events.push({ type: 'assigned', to, from });
  }
  if (statusChanges && change.status) events.push(statusEvent(current, change.status));
  for (const field of TRACKED_FIELDS) {
    const from = historyValue(current[field]);
    const to = historyValue(lead[field]);
    if (from !== to) events.push({ type: 'fieldChanged', field, from, to });
  }
  for (const id of changedCustomIds) {
    const from = historyValue(current.customValues?.[id]);
    const to = historyValue(lead.customValues?.[id]);
    if (from === to) continue;
    const def = context.customFields.find((d) => d.id === id);
    events.push({ type: 'fieldChanged', field: 'custom', fieldId: id, ...(def ? { fieldName: def.name } : {}), from, to });
  }
  if (score) events.push(scoreChangeEvent(score.before, score.after)!);
  return { ok: true, lead, changed: true, events, ...(score ? { score } : {}) };
}

/** Custom field ids whose value differs, the field definitions' order first. */
function changedCustomValueIds(before: Readonly<Record<string, CustomValue>>, after: Readonly<Record<string, CustomValue>>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => before[id] !== after[id]);
}

function derivedKeysOf(lead: Lead): Partial<Lead> {
  const { searchWords, emailKeys, phoneKeys, sortName, sortCompany, sortCreated, dupKey, findWords } = lead;
  return {
    searchWords, emailKeys, phoneKeys,
    ...(sortName !== undefined ? { sortName } : {}), ...(sortCompany !== undefined ? { sortCompany } : {}),
    ...(sortCreated !== undefined ? { sortCreated } : {}), ...(dupKey !== undefined ? { dupKey } : {}),
    ...(findWords !== undefined ? { findWords } : {}),
  };
}

/** How a lead came to be, for its first history item ("Imported from leads.csv"). */
export type CreatedOrigin = { via: CreatedVia; from?: string };

export type LeadCreateResult = { ok: true; lead: Lead } | { ok: false; errors: LeadChangeError[] };

/**
 * A new lead under the same rules as a change: every field validated (custom values against the
 * live definitions), keys derived, and its "created" history item, which the record carries as
 * `origin` (where it came from, who made it) and the history shows first (`createdEvent`).
 */
export function createLead(id: LeadId, input: LeadInput, context: Pick<ChangeContext, 'now' | 'customFields' | 'by'>, origin: CreatedOrigin): LeadCreateResult {
  const errors = validateLead(input, context.customFields);
  if (errors.length) return { ok: false, errors };
  const lead = buildLead(id, input, context.now);
  lead.origin = { via: origin.via, ...(origin.from ? { from: origin.from } : {}), by: context.by };
  return { ok: true, lead };
}

/** The "created" history item a lead's `origin` stands for; leads made before it existed read as made in the form. */
export function createdEvent(lead: Pick<Lead, 'origin'>): WorkflowEvent {
  const origin = lead.origin;
  return { type: 'created', via: origin?.via ?? 'form', ...(origin?.from ? { from: origin.from } : {}) };
}

/**
 * The form's save as a change: its whole input, with the "Assigned to" pick (people only) as an
 * assignee change when it differs, so picking a person ends a team assignment and nobody else's.
 */
export function changeFromForm(current: Lead, input: LeadInput): LeadChange {
  const { status: _status, ownerId, ...fields } = input;
  return { fields, ...(ownerId !== (current.ownerId ?? null) ? { assignee: ownerId ? { type: 'person', id: ownerId } : null } : {}) };
}
