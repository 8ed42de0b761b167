import { emptyLeadInput, leadInputOf, type LeadInput } from '../../domain/lead';
import type { LeadId, PersonId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { createRepositories, type Repositories } from '../repositories';

/** The change path's storage door: create, createMany, change, changeMany, and what they write together. */
let db: LeadPaneDb;
let repos: Repositories;
let counter = 0;

beforeEach(async () => {
  db = new LeadPaneDb(`lead-changes-${counter++}`);
  repos = createRepositories(db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const input = (fullName: string, extra: Partial<LeadInput> = {}): LeadInput => ({ ...emptyLeadInput(), fullName, ...extra });
const events = async (id: LeadId) => (await repos.activities.historyOf(id)).map((a) => a.event);

describe('creating leads', () => {
  it('imports in bulk with "Imported from <file>" as each lead\'s first history item, made by me', async () => {
    const me = await repos.workflow.people.seedCurrentUser({ name: 'An', email: 'an@x.vn' });
    const progress: number[] = [];
    const made = await repos.leads.createMany([input('Mai'), input('Lan')], { origin: { via: 'import', from: 'leads.csv' }, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([2]);
    expect(await events(made[0]!.id)).toEqual([{ type: 'created', via: 'import', from: 'leads.csv' }]);
    expect((await repos.activities.historyOf(made[1]!.id))[0]).toMatchObject({ kind: 'system', by: me.id, occurredAt: made[1]!.createdAt });
  });

  it('checks custom values in bulk as a single create does, and writes nothing when one is bad', async () => {
    const budget = await repos.lookups.addCustomField({ name: 'Budget', kind: 'number', choices: [] });
    const bad = input('Lan', { customValues: { [budget.id]: 'lots' } });
    await expect(repos.leads.createMany([input('Mai'), bad], { origin: { via: 'import', from: 'x.csv' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(repos.leads.create(bad)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.leads.count()).toBe(0);
  });
});

describe('changing a lead', () => {
  it('writes the lead, its history and its rev in one go, and the history says who', async () => {
    const me = await repos.workflow.people.seedCurrentUser({ name: 'An', email: 'an@x.vn' });
    const lead = await repos.leads.create(input('Mai', { source: 'Web' }));
    const changed = await repos.leads.change(lead.id, { fields: { source: 'Trade fair' }, assignee: { type: 'person', id: me.id } }, { baseRev: lead.rev });
    expect(changed).toMatchObject({ source: 'Trade fair', ownerId: me.id, rev: 2 });
    expect(await db.leads.get(lead.id)).toEqual(changed);
    const history = await repos.activities.historyOf(lead.id);
    expect(history.map((a) => a.event?.type).sort()).toEqual(['assigned', 'created', 'fieldChanged']);
    expect(history.map((a) => a.by)).toEqual([me.id, me.id, me.id]);
  });

  it('writes history for what the form changes: assign and rating (the form wrote none before)', async () => {
    const person = await repos.workflow.people.addPerson('Bình', '');
    const lead = await repos.leads.create(input('Mai'));
    await repos.leads.update(lead.id, { ...leadInputOf(lead), ownerId: person.id as PersonId, rating: 'hot' }, lead.rev);
    expect(await events(lead.id)).toEqual(expect.arrayContaining([
      { type: 'assigned', from: null, to: { type: 'person', id: person.id, name: 'Bình' } },
      { type: 'fieldChanged', field: 'rating', from: null, to: 'hot' },
    ]));
  });

  it('refuses a stale rev, a gone lead and a broken rule without writing anything', async () => {
    const lead = await repos.leads.create(input('Mai'));
    await repos.leads.change(lead.id, { fields: { source: 'A' } });
    await expect(repos.leads.change(lead.id, { fields: { source: 'B' } }, { baseRev: lead.rev })).rejects.toBeInstanceOf(ConflictError);
    await expect(repos.leads.change(lead.id, { fields: { fullName: ' ' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(repos.leads.change('nope' as LeadId, { fields: { source: 'B' } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.leads.get(lead.id)).toMatchObject({ source: 'A', rev: 2 });
    expect((await events(lead.id)).length).toBe(2);
  });

  it('sets the score through the same door, without a new lead rev', async () => {
    const lead = await repos.leads.create(input('Mai'));
    await repos.leads.change(lead.id, { score: { mode: 'manual', stars: 4 } });
    expect(await repos.scoring.scoreOf(lead.id)).toMatchObject({ mode: 'manual', stars: 4 });
    expect((await db.leads.get(lead.id))?.rev).toBe(1);
    expect(await events(lead.id)).toContainEqual({ type: 'fieldChanged', field: 'score', from: null, to: 4 });
  });

  it('changes many (team sync\'s door): each lead applied, conflicting, gone or invalid, and reported', async () => {
    const [a, b, c] = await repos.leads.createMany([input('A'), input('B'), input('C')], { origin: { via: 'sync', from: 'Bình' } });
    const result = await repos.leads.changeMany([
      { id: a!.id, change: { fields: { source: 'Sync' } }, baseRev: 1 },
      { id: b!.id, change: { fields: { source: 'Sync' } }, baseRev: 7 },
      { id: c!.id, change: { fields: { fullName: '' } } },
      { id: 'gone' as LeadId, change: { fields: { source: 'Sync' } } },
      { id: a!.id, change: (current) => ({ fields: { notes: `${current.source} seen` } }) },
    ]);
    expect(result).toMatchObject({ changed: [a!.id], conflicts: [b!.id], missing: ['gone'], unchanged: [] });
    expect(result.invalid.map((i) => i.id)).toEqual([c!.id]);
    // A lead named twice takes its second change on top of the first.
    expect(await db.leads.get(a!.id)).toMatchObject({ source: 'Sync', notes: 'Sync seen', rev: 3 });
  });
});
