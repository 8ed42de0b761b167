import { validateCustomFieldDef, type CustomFieldDefError } from '../domain/customFields';
import { foldedName, foldedWords } from '../domain/fold';
import { newId } from '../domain/ids';
import { addLeadSource } from '../domain/leadSources';
import type { Account, AccountId, CustomFieldDef, CustomFieldId, CustomFieldKind, InitiatedBy, Person } from '../domain/types';
import type { LeadPaneDb } from './db';
import { ValidationError } from './errors';
import { readSetting, writeSetting, type SettingKey } from './settingRegistry';

export const SOURCES_SETTING_KEY = 'record.leadSources' satisfies SettingKey;
export const PICKER_LIMIT = 20;

/** The lists the lead form picks from: sources, accounts, people, referrers, custom fields. */
export class LookupRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  async sources(): Promise<string[]> {
    return readSetting(this.db.settings, SOURCES_SETTING_KEY);
  }

  async addSource(source: string): Promise<string[]> {
    const next = addLeadSource(await this.sources(), source);
    await writeSetting(this.db.settings, SOURCES_SETTING_KEY, next);
    return next;
  }

  async removeSource(source: string): Promise<void> {
    const next = (await this.sources()).filter((s) => s !== source);
    await writeSetting(this.db.settings, SOURCES_SETTING_KEY, next);
  }

  async searchAccounts(text: string): Promise<Account[]> {
    const word = foldedWords(text)[0];
    const found = word
      ? await this.db.accounts.where('searchWords').startsWith(word).limit(PICKER_LIMIT * 3).toArray()
      : await this.db.accounts.limit(PICKER_LIMIT).toArray();
    const unique = new Map(found.filter((a) => !a.deletedAt).map((a) => [a.id, a]));
    return [...unique.values()].slice(0, PICKER_LIMIT);
  }

  async account(id: AccountId): Promise<Account | undefined> {
    return this.db.accounts.get(id);
  }

  /** An account with this name, reused when one exists (case and diacritics ignored). */
  async findOrCreateAccount(name: string): Promise<Account> {
    const clean = name.trim();
    const words = foldedWords(clean);
    return this.db.transaction('rw', this.db.accounts, async () => {
      if (words[0]) {
        const existing = await this.db.accounts
          .where('searchWords')
          .equals(words[0])
          .filter((a) => !a.deletedAt && foldedName(a.name) === foldedName(clean))
          .first();
        if (existing) return existing;
      }
      const now = this.now();
      const account: Account = { id: newId<AccountId>(), name: clean, website: '', searchWords: words, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
      await this.db.accounts.add(account);
      return account;
    });
  }

  /** Regions already given to leads, read from the `region` index's keys (no lead is loaded). */
  async usedRegions(): Promise<string[]> {
    return (await this.db.leads.orderBy('region').uniqueKeys()).filter((key): key is string => typeof key === 'string');
  }

  async people(): Promise<Person[]> {
    const people = await this.db.people.toArray();
    return people.filter((p) => !p.deletedAt).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** Leads and contacts whose name or company starts with the text, for "initiated by". */
  async searchReferrers(text: string): Promise<InitiatedBy[]> {
    const word = foldedWords(text)[0];
    if (!word) return [];
    const [leads, contacts] = await Promise.all([
      this.db.leads.where('searchWords').startsWith(word).limit(PICKER_LIMIT).toArray(),
      this.db.contacts.where('searchWords').startsWith(word).limit(PICKER_LIMIT).toArray(),
    ]);
    const result = new Map<string, InitiatedBy>();
    for (const c of contacts) if (!c.deletedAt) result.set(c.id, { type: 'contact', id: c.id, name: c.fullName });
    for (const l of leads) if (!l.deletedAt) result.set(l.id, { type: 'lead', id: l.id, name: l.fullName });
    return [...result.values()].slice(0, PICKER_LIMIT);
  }

  async customFields(): Promise<CustomFieldDef[]> {
    const fields = await this.db.customFields.orderBy('order').toArray();
    return fields.filter((f) => !f.deletedAt);
  }

  async addCustomField(draft: { name: string; kind: CustomFieldKind; choices: string[] }): Promise<CustomFieldDef> {
    return this.db.transaction('rw', this.db.customFields, async () => {
      const existing = (await this.db.customFields.toArray()).filter((f) => !f.deletedAt);
      const errors = validateCustomFieldDef(draft, existing);
      if (errors.length) throw new ValidationError<CustomFieldDefError>(errors);
      const now = this.now();
      const field: CustomFieldDef = {
        id: newId<CustomFieldId>(),
        name: draft.name.trim(),
        kind: draft.kind,
        choices: draft.kind === 'choice' ? draft.choices.map((c) => c.trim()).filter(Boolean) : [],
        order: existing.reduce((max, f) => Math.max(max, f.order), 0) + 1,
        createdAt: now,
        updatedAt: now,
        rev: 1,
        deletedAt: null,
      };
      await this.db.customFields.add(field);
      return field;
    });
  }

  /** Hides the field; values already stored on leads are kept, so re-adding loses nothing. */
  async removeCustomField(id: CustomFieldId): Promise<void> {
    await this.db.customFields.update(id, { deletedAt: this.now() });
  }
}
