import type { FormDraft, FormDraftKey } from '../../domain/form-drafts/formDraft';
import type { LeadPaneDb } from '../db';

/**
 * The lead forms' unsaved drafts (`formDrafts`, schema v10): one small row per form, written
 * whole by the form's debounced writer and deleted when the form is saved or discarded. The table
 * is device-only (`db.ts#DEVICE_ONLY_TABLES`): no backup, restore or sync reads it.
 */
export class FormDraftRepository {
  constructor(private readonly db: LeadPaneDb) {}

  async get(key: FormDraftKey): Promise<FormDraft | null> {
    return (await this.db.formDrafts.get(key)) ?? null;
  }

  /** One put in its own transaction: cheap enough to run after every pause in typing. */
  async put(draft: FormDraft): Promise<void> {
    await this.db.formDrafts.put(draft);
  }

  async remove(key: FormDraftKey): Promise<void> {
    await this.db.formDrafts.delete(key);
  }
}
