import { newId } from '../../domain/ids';
import {
  canRemoveReason, DEFAULT_DISQUALIFY_REASONS, validateReasonLabel, type DisqualifyReason,
} from '../../domain/disqualify/disqualifyReasons';
import type { LeadPaneDb } from '../db';
import { WorkflowError } from '../shared/workflowError';

export const DISQUALIFY_REASONS_KEY = 'workflow.disqualifyReasons';

/** The editable reason list, kept in the settings table. */
export class DisqualifyReasonRepository {
  constructor(private readonly db: LeadPaneDb) {}

  async all(): Promise<DisqualifyReason[]> {
    const row = await this.db.settings.get(DISQUALIFY_REASONS_KEY);
    return Array.isArray(row?.value) ? (row.value as DisqualifyReason[]) : [...DEFAULT_DISQUALIFY_REASONS];
  }

  private async save(reasons: DisqualifyReason[]): Promise<void> {
    await this.db.settings.put({ key: DISQUALIFY_REASONS_KEY, value: reasons });
  }

  /** `displayLabel` gives built-in reasons their translated label, so duplicates are caught in the user's language. */
  async add(label: string, displayLabel: (r: DisqualifyReason) => string): Promise<DisqualifyReason> {
    const reasons = await this.all();
    const error = validateReasonLabel(label, reasons, displayLabel);
    if (error) throw new WorkflowError(`reason.${error}`);
    const reason = { id: newId<string>(), label: label.trim() };
    await this.save([...reasons.filter((r) => r.id !== 'other'), reason, ...reasons.filter((r) => r.id === 'other')]);
    return reason;
  }

  async rename(id: string, label: string, displayLabel: (r: DisqualifyReason) => string): Promise<void> {
    const reasons = await this.all();
    const error = validateReasonLabel(label, reasons, displayLabel, id);
    if (error) throw new WorkflowError(`reason.${error}`);
    await this.save(reasons.map((r) => (r.id === id ? { ...r, label: label.trim() } : r)));
  }

  async remove(id: string): Promise<void> {
    if (!canRemoveReason(id)) throw new WorkflowError('reason.keepOther');
    await this.save((await this.all()).filter((r) => r.id !== id));
  }
}
