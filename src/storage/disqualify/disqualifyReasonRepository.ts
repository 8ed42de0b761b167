import { newId } from '../../domain/ids';
import {
  canRemoveReason, validateReasonLabel, type DisqualifyReason,
} from '../../domain/disqualify/disqualifyReasons';
import type { LeadPaneDb } from '../db';
import { readSetting, writeSetting, type SettingKey } from '../settingRegistry';
import { WorkflowError } from '../shared/workflowError';

export const DISQUALIFY_REASONS_KEY = 'workflow.disqualifyReasons' satisfies SettingKey;

/** The editable reason list, kept in the settings table. */
export class DisqualifyReasonRepository {
  constructor(private readonly db: LeadPaneDb) {}

  async all(): Promise<DisqualifyReason[]> {
    return readSetting(this.db.settings, DISQUALIFY_REASONS_KEY);
  }

  private async save(reasons: DisqualifyReason[]): Promise<void> {
    await writeSetting(this.db.settings, DISQUALIFY_REASONS_KEY, reasons);
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
