import type { AssigneeRef, ChangedField, HistoryValue, WorkflowEvent } from '../../domain/types';
import { isBuiltInReason, type DisqualifyReason } from '../../domain/disqualify/disqualifyReasons';
import type { MatchReason } from '../../domain/conversion/customerMatches';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';
import { WorkflowError, type WorkflowErrorCode, type WorkflowErrorParams } from '../../storage/shared/workflowError';

/** The user's message for a broken rule, whether storage threw it or the form checked it first. */
export function ruleMessage(t: Translate, code: WorkflowErrorCode, params?: WorkflowErrorParams): string {
  // No cast: a code without a `workflow.error.<code>` message is a compile error here.
  const key: MessageKey = `workflow.error.${code}`;
  return t(key, params);
}

/** The user's message for a failed workflow action: the rule broken, or the technical detail. */
export function workflowErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof WorkflowError) return ruleMessage(t, error.code, error.params);
  return t('workflow.error.generic', { detail: error instanceof Error ? error.message : String(error) });
}

/** Built-in reasons read in the user's language until someone renames them. */
export function reasonLabel(t: Translate, reason: DisqualifyReason): string {
  if (reason.label) return reason.label;
  return isBuiltInReason(reason.id) ? t(`workflow.reason.${reason.id}`) : reason.id;
}

export function assigneeName(t: Translate, assignee: AssigneeRef): string {
  return assignee ? assignee.name : t('workflow.unassigned');
}

export function matchReasonsText(t: Translate, reasons: readonly MatchReason[]): string {
  return reasons.map((r) => t(`workflow.match.${r}`)).join(', ');
}

/** A system history item, in the reader's language (the stored event is structured). */
export function describeEvent(t: Translate, event: WorkflowEvent): string {
  switch (event.type) {
    case 'created':
      return t(`leadHistory.created.${event.via}`, { from: event.from ?? '' });
    case 'assigned':
      if (!event.to) return t('workflow.event.unassigned', { from: assigneeName(t, event.from) });
      return event.from
        ? t('workflow.event.assignedFrom', { to: event.to.name, from: event.from.name })
        : t('workflow.event.assigned', { to: event.to.name });
    case 'qualified':
      return t('workflow.event.qualified');
    case 'disqualified':
      return t('workflow.event.disqualified', { reason: event.text ? `${event.reasonLabel} (${event.text})` : event.reasonLabel });
    case 'reactivated':
      return t('workflow.event.reactivated');
    case 'fieldChanged': {
      const field = event.field === 'custom' ? (event.fieldName ?? '') : t(`workflow.field.${event.field}`);
      return t('workflow.event.fieldChanged', { field, from: historyValueText(t, event.field, event.from), to: historyValueText(t, event.field, event.to) });
    }
  }
}

function historyValueText(t: Translate, field: ChangedField, value: HistoryValue): string {
  if (field === 'score') return typeof value === 'number' ? t('workflow.event.stars', { stars: value }) : t('workflow.event.automaticScore');
  if (value === null) return t('workflow.event.empty');
  if (typeof value === 'boolean') return t(value ? 'workflow.massEdit.yes' : 'workflow.massEdit.no');
  if (field === 'rating' && (value === 'hot' || value === 'warm' || value === 'cold')) return t(`workflow.rating.${value}`);
  return String(value);
}
