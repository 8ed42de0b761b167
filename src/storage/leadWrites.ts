/**
 * The one writer of leads (see `domain/leadChange.ts` for the rules). Every lead that is created or
 * changed is stored here with its history items and, when the change sets it, its score, inside
 * the caller's transaction over `leadWriteTables`: `LeadRepository.create/createMany/change/
 * changeMany`, the mass edit engine (whose chunk adds its undo record to the same transaction) and
 * qualify (which adds the contact, account and opportunity) all come through `writeLeads`.
 */
import { systemActivity } from '../domain/activity';
import { newId } from '../domain/ids';
import type { ChangeContext, ScoreSetting } from '../domain/leadChange';
import type { Activity, ActivityId, Lead, PersonId, WorkflowEvent } from '../domain/types';
import type { LeadPaneDb } from './db';
import { rewriteScores } from './scoringSettings';
import { ME_SETTING_KEY } from './people/peopleRepository';
import { readSetting } from './settingRegistry';

/** What one lead's write stores: the record (when it changed), its history, its score setting. */
export type LeadWrite = {
  lead: Lead;
  /** A new lead is added (a clash on its id fails the transaction); else it is put over the stored one. */
  isNew?: boolean;
  /** False when only the score or nothing changed: the record is not written again. */
  changed: boolean;
  events: readonly WorkflowEvent[];
  score?: ScoreSetting;
};

/** Every table a lead write reads or writes, so callers open one transaction over all of them. */
export function leadWriteTables(db: LeadPaneDb) {
  return [db.leads, db.activities, db.leadScores, db.criteria, db.settings, db.customFields, db.people, db.teams];
}

/**
 * Stores leads, their history items and score settings. Must run inside a transaction over
 * `leadWriteTables(db)` (plus whatever else the caller writes with them).
 */
export async function writeLeads(db: LeadPaneDb, writes: readonly LeadWrite[], now: number, by: PersonId | null): Promise<void> {
  const added: Lead[] = [];
  const put: Lead[] = [];
  const history: Activity[] = [];
  const scores = new Map<Lead['id'], ScoreSetting>();
  for (const write of writes) {
    if (write.isNew) added.push(write.lead);
    else if (write.changed) put.push(write.lead);
    for (const event of write.events) history.push(systemActivity(newId<ActivityId>(), 'lead', write.lead.id, event, now, by));
    if (write.score) scores.set(write.lead.id, write.score);
  }
  // One at a time: a Promise.all over these lost the transaction in Chromium (see rewriteScores).
  if (added.length) await db.leads.bulkAdd(added);
  if (put.length) await db.leads.bulkPut(put);
  if (history.length) await db.activities.bulkAdd(history);
  // Score numbers are recomputed under the criteria in force, as the record's star picker does.
  if (scores.size) await rewriteScores(db, [...scores.keys()], (current) => ({ ...current, ...scores.get(current.leadId) }), now);
}

/** The user's person ("me", seeded from Outlook), who changes are recorded as made by. */
export async function currentPerson(db: LeadPaneDb): Promise<PersonId | null> {
  return readSetting(db.settings, ME_SETTING_KEY);
}

/**
 * What a change is checked and described against: the live custom fields and the names of people
 * and teams (removed ones too, so old history reads well). Reads one table at a time, so it can
 * run inside a transaction.
 */
export async function readChangeContext(db: LeadPaneDb, now: number, by?: PersonId | null): Promise<ChangeContext> {
  return { ...(await readChangeBasis(db, by)), now };
}

/** The context without the time: a batch reads it once and stamps each chunk with its own time. */
export async function readChangeBasis(db: LeadPaneDb, by?: PersonId | null): Promise<Omit<ChangeContext, 'now'>> {
  const customFields = (await db.customFields.toArray()).filter((f) => !f.deletedAt);
  const people = await db.people.toArray();
  const teams = await db.teams.toArray();
  const personNames = new Map(people.map((p) => [p.id as string, p.name]));
  const teamNames = new Map(teams.map((t) => [t.id as string, t.name]));
  return {
    by: by === undefined ? await currentPerson(db) : by,
    customFields,
    names: { person: (id) => personNames.get(id), team: (id) => teamNames.get(id) },
  };
}
