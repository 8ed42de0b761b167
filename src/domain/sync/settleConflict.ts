import type { LeadChange, LeadFields } from '../leadChange';
import type { CustomValue, Lead, PersonId, TeamId } from '../types';
import type { FieldConflict } from './threeWayMerge';

/**
 * A person's answer to a field conflict (two people changed one field differently at once): the
 * change that keeps the chosen value and closes the conflict. It goes through the one lead-change
 * path (`changeLead`), so a chosen form value is validated and keyed like any edit, the
 * assignee's history is written, and the next sync sends the answer to the team.
 */

/** Fields the form edits, set through `LeadChange.fields` (validated). */
const FORM_FIELDS: ReadonlySet<string> = new Set<keyof LeadFields>([
  'fullName', 'jobTitle', 'fileAsStyle', 'company', 'accountId', 'emails', 'phones', 'addresses', 'region', 'website', 'source', 'notes', 'rating',
  'initiatedBy', 'customValues',
]);
const CUSTOM_PREFIX = 'customValues.';

/** One settled conflict; `raw` carries a value written as is (status, the delete, other record fields). */
export type ConflictSettlement = { field: string; raw?: { value: unknown } };

export function openConflict(lead: Pick<Lead, 'fieldConflicts'>, field: string): FieldConflict | undefined {
  return lead.fieldConflicts?.find((c) => c.field === field);
}

export function settleConflict(lead: Lead, field: string, value: unknown): LeadChange {
  if (field.startsWith(CUSTOM_PREFIX)) {
    return { custom: { [field.slice(CUSTOM_PREFIX.length)]: (value ?? null) as CustomValue | null }, settle: [{ field }] };
  }
  if (field === 'ownerId') {
    const assignee = value ? { type: 'person' as const, id: value as PersonId } : lead.teamId ? { type: 'team' as const, id: lead.teamId } : null;
    return { assignee, settle: [{ field }] };
  }
  if (field === 'teamId') {
    const assignee = value ? { type: 'team' as const, id: value as TeamId } : lead.ownerId ? { type: 'person' as const, id: lead.ownerId } : null;
    return { assignee, settle: [{ field }] };
  }
  if (FORM_FIELDS.has(field)) return { fields: { [field]: value } as Partial<LeadFields>, settle: [{ field }] };
  return { settle: [{ field, raw: { value } }] };
}
