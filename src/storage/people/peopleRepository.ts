import { isValidEmail, normalizeEmail } from '../../domain/email';
import { foldText } from '../../domain/fold';
import { newId } from '../../domain/ids';
import type { Me } from '../../domain/assignment/assignee';
import type { AssigneeNames } from '../../domain/bulk-edit/massEdit';
import type { Person, PersonId, Team, TeamId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import { readSetting, writeSetting, type SettingKey } from '../settingRegistry';
import { WorkflowError } from '../shared/workflowError';

export const ME_SETTING_KEY = 'workflow.me' satisfies SettingKey;
export const MAX_PERSON_NAME_LENGTH = 256;

/** Who is signed in to Outlook (or typed in preview): seeds the people list and "assigned to me". */
export type CurrentUser = { name: string; email: string };

function live<T extends { deletedAt: number | null }>(rows: T[]): T[] {
  return rows.filter((r) => !r.deletedAt);
}

/**
 * The current user and the live teams they are a member of: what "assigned to me" covers.
 * Teams are few (a sales office's worth), so they are read whole rather than indexed by member.
 */
export async function currentMe(db: LeadPaneDb): Promise<Me> {
  const personId = await readSetting(db.settings, ME_SETTING_KEY);
  if (!personId) return { personId: null, teamIds: [] };
  const teams = live(await db.teams.toArray()).filter((t) => t.memberIds.includes(personId));
  return { personId, teamIds: teams.map((t) => t.id) };
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name);
}

export class PeopleRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  async people(): Promise<Person[]> {
    return live(await this.db.people.toArray()).sort(byName);
  }

  async teams(): Promise<Team[]> {
    return live(await this.db.teams.toArray()).sort(byName);
  }

  async me(): Promise<PersonId | null> {
    return readSetting(this.db.settings, ME_SETTING_KEY);
  }

  /** Names for history entries, including removed people so old entries still read well. */
  async names(): Promise<AssigneeNames> {
    const [people, teams] = await Promise.all([this.db.people.toArray(), this.db.teams.toArray()]);
    const personNames = new Map(people.map((p) => [p.id as string, p.name]));
    const teamNames = new Map(teams.map((t) => [t.id as string, t.name]));
    return { person: (id) => personNames.get(id), team: (id) => teamNames.get(id) };
  }

  private async validatePerson(name: string, email: string, exceptId?: PersonId): Promise<{ name: string; email: string }> {
    const cleanName = name.trim();
    const cleanEmail = email.trim() ? normalizeEmail(email) : '';
    if (!cleanName) throw new WorkflowError('personNameRequired');
    if (cleanName.length > MAX_PERSON_NAME_LENGTH) throw new WorkflowError('tooLong', { max: MAX_PERSON_NAME_LENGTH });
    if (cleanEmail && !isValidEmail(cleanEmail)) throw new WorkflowError('personEmailInvalid', { value: email.trim() });
    if (cleanEmail) {
      const clash = live(await this.db.people.where('email').equals(cleanEmail).toArray()).find((p) => p.id !== exceptId);
      if (clash) throw new WorkflowError('personEmailTaken', { value: cleanEmail, name: clash.name });
    }
    return { name: cleanName, email: cleanEmail };
  }

  async addPerson(name: string, email: string): Promise<Person> {
    const clean = await this.validatePerson(name, email);
    const now = this.now();
    const person: Person = { id: newId<PersonId>(), ...clean, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
    await this.db.people.add(person);
    return person;
  }

  async updatePerson(id: PersonId, name: string, email: string): Promise<void> {
    const clean = await this.validatePerson(name, email, id);
    await this.db.people.where('id').equals(id).modify((p) => {
      Object.assign(p, clean, { updatedAt: this.now(), rev: p.rev + 1 });
    });
  }

  /** Soft delete: leads keep pointing at the person, and the history keeps their name. */
  async removePerson(id: PersonId): Promise<void> {
    const now = this.now();
    await this.db.transaction('rw', this.db.people, this.db.teams, async () => {
      await this.db.people.update(id, { deletedAt: now, updatedAt: now });
      await this.db.teams.toCollection().modify((team) => {
        if (team.memberIds.includes(id)) team.memberIds = team.memberIds.filter((m) => m !== id);
      });
    });
  }

  /**
   * Makes the current Outlook user a person (found by email, else added) and remembers them as
   * "me". Idempotent: opening the pane again changes nothing.
   */
  async seedCurrentUser(user: CurrentUser): Promise<Person> {
    return this.db.transaction('rw', this.db.people, this.db.settings, async () => {
      const email = user.email.trim() ? normalizeEmail(user.email) : '';
      const meId = await this.me();
      const current = meId ? await this.db.people.get(meId) : undefined;
      if (current && !current.deletedAt && (!email || current.email === email)) return current;
      const existing = email ? live(await this.db.people.where('email').equals(email).toArray())[0] : undefined;
      const person = existing ?? (await this.addPerson(user.name || email, email));
      await writeSetting(this.db.settings, ME_SETTING_KEY, person.id);
      return person;
    });
  }

  private async validateTeam(name: string, memberIds: readonly PersonId[], exceptId?: TeamId): Promise<{ name: string; memberIds: PersonId[] }> {
    const clean = name.trim();
    if (!clean) throw new WorkflowError('teamNameRequired');
    if (clean.length > MAX_PERSON_NAME_LENGTH) throw new WorkflowError('tooLong', { max: MAX_PERSON_NAME_LENGTH });
    const folded = foldText(clean);
    const clash = (await this.teams()).find((t) => t.id !== exceptId && foldText(t.name) === folded);
    if (clash) throw new WorkflowError('teamNameTaken', { value: clean });
    return { name: clean, memberIds: [...new Set(memberIds)] };
  }

  async addTeam(name: string, memberIds: readonly PersonId[] = []): Promise<Team> {
    const clean = await this.validateTeam(name, memberIds);
    const now = this.now();
    const team: Team = { id: newId<TeamId>(), ...clean, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
    await this.db.teams.add(team);
    return team;
  }

  async updateTeam(id: TeamId, name: string, memberIds: readonly PersonId[]): Promise<void> {
    const clean = await this.validateTeam(name, memberIds, id);
    await this.db.teams.where('id').equals(id).modify((t) => {
      Object.assign(t, clean, { updatedAt: this.now(), rev: t.rev + 1 });
    });
  }

  async removeTeam(id: TeamId): Promise<void> {
    const now = this.now();
    await this.db.teams.update(id, { deletedAt: now, updatedAt: now });
  }
}
