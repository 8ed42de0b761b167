import { emptyActivityInput } from '../../domain/activity';
import { emptyLeadInput, type LeadInput } from '../../domain/lead';
import type { Lead, LeadId, PersonId } from '../../domain/types';
import { LeadPaneDb } from '../db';
import { createRepositories, type Repositories } from '../repositories';
import { matchesAssigneeFilter, type AssigneeFilter } from '../../domain/assignment/assignee';
import { REGION_FROM_ADDRESS } from '../../domain/bulk-edit/massEdit';
import { MassEditRepository } from '../bulk-edit/massEditRepository';
import { BULK_JOB_DEAD_AFTER_MS, BulkJobRepository } from '../bulk-jobs/bulkJobRepository';
import { MarketingListRepository } from '../marketing-lists/marketingListRepository';
import type { MarketingListId } from '../../domain/types';
import { currentMe } from '../people/peopleRepository';
import { WorkflowError } from '../shared/workflowError';

let db: LeadPaneDb;
let repos: Repositories;

beforeEach(async () => {
  db = new LeadPaneDb(`workflow-${Math.random()}`);
  repos = createRepositories(db);
  await db.open();
});
afterEach(() => db.close());

function input(fullName: string, extra: Partial<LeadInput> = {}): LeadInput {
  return { ...emptyLeadInput(), fullName, ...extra };
}

const leadsOf = (ids: readonly LeadId[]) => db.leads.bulkGet([...ids]) as Promise<Lead[]>;

describe('people and teams', () => {
  it('seeds the current Outlook user once and remembers them as "me"', async () => {
    const { people } = repos.workflow;
    const me = await people.seedCurrentUser({ name: 'Nguyễn An', email: 'An@Contoso.vn' });
    expect(await people.seedCurrentUser({ name: 'Nguyễn An', email: 'an@contoso.vn' })).toEqual(me);
    expect(await people.me()).toBe(me.id);
    expect((await people.people()).map((p) => [p.name, p.email])).toEqual([['Nguyễn An', 'an@contoso.vn']]);
  });

  it('refuses bad people and duplicate team names with a code the UI translates', async () => {
    const { people } = repos.workflow;
    await expect(people.addPerson(' ', '')).rejects.toMatchObject({ code: 'personNameRequired' });
    await expect(people.addPerson('Bình', 'binh@@x')).rejects.toMatchObject({ code: 'personEmailInvalid' });
    await people.addPerson('Bình', 'binh@x.vn');
    await expect(people.addPerson('Bình 2', 'BINH@x.vn')).rejects.toMatchObject({ code: 'personEmailTaken' });
    await people.addTeam('Miền Nam');
    await expect(people.addTeam('mien nam')).rejects.toBeInstanceOf(WorkflowError);
  });

  it('removing a person takes them out of teams but keeps them for old history', async () => {
    const { people } = repos.workflow;
    const an = await people.addPerson('An', '');
    const team = await people.addTeam('South', [an.id]);
    await people.removePerson(an.id);
    expect(await people.people()).toEqual([]);
    expect((await db.teams.get(team.id))?.memberIds).toEqual([]);
    expect((await people.names()).person(an.id)).toBe('An');
  });
});

describe('assignment and mass edit', () => {
  it('assigns leads to a team, records it in each history and filters by assignee', async () => {
    const { people, massEdit } = repos.workflow;
    const me = await people.seedCurrentUser({ name: 'An', email: 'an@x.vn' });
    const team = await people.addTeam('Miền Nam', [me.id]);
    const [a, b, c] = await repos.leads.bulkCreate([input('A', { ownerId: me.id }), input('B'), input('C')]);
    const result = await massEdit.assign([a!.id, b!.id], { type: 'team', id: team.id, name: team.name });
    expect(result).toMatchObject({ changed: 2, unchanged: 0 });
    expect((await leadsOf([a!.id])).map((l) => [l.ownerId, l.teamId])).toEqual([[null, team.id]]);
    const history = await repos.activities.historyOf(a!.id);
    expect(history.map((h) => h.event)).toEqual([
      { type: 'assigned', to: { type: 'team', id: team.id, name: 'Miền Nam' }, from: { type: 'person', id: me.id, name: 'An' } },
      { type: 'created', via: 'form' },
    ]);

    await massEdit.assign([c!.id], { type: 'person', id: me.id, name: me.name });
    const ids = (assignee: AssigneeFilter) => repos.leads.matchingIds({ text: '', sort: 'created', filters: { assignee } }).then((x) => x.sort());
    expect(await ids({ type: 'team', id: team.id })).toEqual([a!.id, b!.id].sort());
    expect(await ids({ type: 'person', id: me.id })).toEqual([c!.id]);
    expect(await ids({ type: 'unassigned' })).toEqual([]);
    await massEdit.assign([c!.id], null);
    expect(await ids({ type: 'unassigned' })).toEqual([c!.id]);
  });

  it('"assigned to me" lists my leads and my teams\' leads, as the domain rule says', async () => {
    const { people, massEdit } = repos.workflow;
    const me = await people.seedCurrentUser({ name: 'An', email: 'an@x.vn' });
    const binh = await people.addPerson('Bình', '');
    const mine = await people.addTeam('Miền Nam', [me.id, binh.id]);
    const theirs = await people.addTeam('Miền Bắc', [binh.id]);
    const [a, b, c, d, e] = await repos.leads.bulkCreate(['A', 'B', 'C', 'D', 'E'].map((n) => input(n)));
    await massEdit.assign([a!.id], { type: 'person', id: me.id, name: me.name });
    await massEdit.assign([b!.id], { type: 'team', id: mine.id, name: mine.name });
    await massEdit.assign([c!.id], { type: 'team', id: theirs.id, name: theirs.name });
    await massEdit.assign([d!.id], { type: 'person', id: binh.id, name: binh.name });
    const query = (assignee: AssigneeFilter) => repos.leads.matchingIds({ text: '', sort: 'created', filters: { assignee } }).then((x) => x.sort());
    expect(await query({ type: 'me' })).toEqual([a!.id, b!.id].sort());

    // The index reads agree with matchesAssigneeFilter for every filter.
    const all = await leadsOf([a!.id, b!.id, c!.id, d!.id, e!.id]);
    const who = await currentMe(db);
    const filters: AssigneeFilter[] = [
      { type: 'any' }, { type: 'me' }, { type: 'person', id: binh.id }, { type: 'team', id: theirs.id }, { type: 'unassigned' },
    ];
    for (const filter of filters) {
      expect(await query(filter)).toEqual(all.filter((l) => matchesAssigneeFilter(l, filter, who)).map((l) => l.id).sort());
    }

    // Leaving the team takes its leads out of "mine".
    await people.updateTeam(mine.id, mine.name, [binh.id]);
    expect(await query({ type: 'me' })).toEqual([a!.id]);
  });

  it('refuses to assign to someone removed, writing nothing', async () => {
    const { people, massEdit } = repos.workflow;
    const gone = await people.addPerson('Gone', '');
    await people.removePerson(gone.id);
    const [a] = await repos.leads.bulkCreate([input('A')]);
    await expect(massEdit.assign([a!.id], { type: 'person', id: gone.id, name: 'Gone' })).rejects.toMatchObject({ code: 'personGone' });
    expect((await repos.leads.get(a!.id))?.rev).toBe(1);
  });

  it('edits in chunks with progress, then undoes the whole batch', async () => {
    const chunk = 5;
    const massEdit = new MassEditRepository(db, repos.workflow.people, Date.now, chunk);
    const total = 2 * chunk + 2;
    const created = await repos.leads.bulkCreate(Array.from({ length: total }, (_, i) => input(`Lead ${i}`, { source: i % 2 ? 'Web' : '', rating: 'cold' })));
    const ids = created.map((l) => l.id);
    const progress: number[] = [];
    const result = await massEdit.apply(ids, { field: 'source', value: 'Trade fair' }, (done) => progress.push(done));
    expect(progress).toEqual([chunk, 2 * chunk, total]);
    expect(await db.editBatches.count()).toBe(3);
    expect(result).toMatchObject({ changed: total, unchanged: 0 });
    expect(new Set((await leadsOf(ids)).map((l) => l.source))).toEqual(new Set(['Trade fair']));

    // Someone edits one lead in between: undo leaves that one alone and says so.
    await db.leads.update(ids[3]!, { source: 'Phone', rev: 99 });
    const undo = await massEdit.undo(result.batchId!);
    expect(undo).toEqual({ restored: total - 1, conflicts: 1, missing: 0 });
    const after = await leadsOf(ids);
    expect(after[0]?.source).toBe('');
    expect(after[1]?.source).toBe('Web');
    expect(after[3]?.source).toBe('Phone');
    await expect(massEdit.undo(result.batchId!)).rejects.toMatchObject({ code: 'undoGone' });
  });

  it('clears a value and rejects an invalid one before writing', async () => {
    const { massEdit } = repos.workflow;
    const [a] = await repos.leads.bulkCreate([input('A', { rating: 'hot' })]);
    await expect(massEdit.apply([a!.id], { field: 'source', value: '   ' })).rejects.toMatchObject({ code: 'emptyValue' });
    await massEdit.apply([a!.id], { field: 'rating', value: null });
    expect((await repos.leads.get(a!.id))?.rating).toBeNull();
  });

  it('disqualifies with a reason: the lead leaves the default view but stays searchable; reactivating brings it back', async () => {
    const { massEdit } = repos.workflow;
    const [a, b] = await repos.leads.bulkCreate([input('A', { emails: [{ address: 'a@x.vn', label: 'work' }] }), input('B')]);
    await massEdit.disqualify([a!.id], { reasonId: 'other', reasonLabel: 'Other', text: 'Chỉ hỏi giá' });
    const lead = await repos.leads.get(a!.id);
    expect(lead).toMatchObject({ status: 'disqualified', disqualification: { reasonId: 'other', text: 'Chỉ hỏi giá' } });
    expect(await repos.leads.matchingIds({ text: '', sort: 'created', filters: {} })).toEqual([b!.id]);
    expect(await repos.leads.matchingIds({ text: 'A', sort: 'created', filters: {} })).toContain(a!.id);
    expect((await repos.leads.findByEmail('a@x.vn'))?.id).toBe(a!.id);
    await massEdit.reactivate([a!.id]);
    expect(await repos.leads.get(a!.id)).toMatchObject({ status: 'open', disqualification: null });
    expect((await repos.activities.historyOf(a!.id)).map((h) => h.event?.type)).toEqual(expect.arrayContaining(['disqualified', 'reactivated']));
  });
});

describe('a mass edit that stops part-way', () => {
  it('remembers how far it got, and its undo restores what it wrote', async () => {
    const created = await repos.leads.bulkCreate(['A', 'B', 'C', 'D', 'E'].map((n) => input(n, { source: 'Web' })));
    const ids = created.map((l) => l.id);
    let calls = 0;
    // The second chunk's transaction fails, as a full disk or a closed pane would stop it.
    const failingClock = () => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return Date.now();
    };
    const massEdit = new MassEditRepository(db, repos.workflow.people, failingClock, 2, new BulkJobRepository(db, Date.now, 0));
    await expect(massEdit.apply(ids, { field: 'source', value: 'Fair' })).rejects.toThrow('disk full');
    expect((await leadsOf(ids)).map((l) => l.source)).toEqual(['Fair', 'Fair', 'Web', 'Web', 'Web']);
    const stopped = await massEdit.interrupted();
    expect(stopped).toMatchObject({ field: 'source', done: 2, total: 5, changed: 2 });

    expect(await repos.workflow.massEdit.undo(stopped!.batchId)).toMatchObject({ restored: 2 });
    expect((await leadsOf(ids)).map((l) => l.source)).toEqual(Array(5).fill('Web'));
    expect(await massEdit.interrupted()).toBeNull();
  });

  it('is not offered for undo by another pane while it may still be running', async () => {
    const created = await repos.leads.bulkCreate(['A', 'B', 'C'].map((n) => input(n)));
    let calls = 0;
    let clock = Date.now();
    const stopsAfterOneChunk = () => {
      if (++calls === 2) throw new Error('closed');
      return clock;
    };
    const otherPane = new MassEditRepository(db, repos.workflow.people, stopsAfterOneChunk, 2, new BulkJobRepository(db, () => clock, 0));
    await expect(otherPane.apply(created.map((l) => l.id), { field: 'source', value: 'Fair' })).rejects.toThrow();
    const thisPane = new MassEditRepository(db, repos.workflow.people, () => clock, 2, new BulkJobRepository(db, () => clock, 0));
    expect(await thisPane.interrupted()).toBeNull();
    clock += BULK_JOB_DEAD_AFTER_MS + 1;
    expect(await thisPane.interrupted()).toMatchObject({ done: 2, total: 3 });
  });

  it('keeps its own marker when a second mass edit runs and completes, so it is still reported, whatever its age', async () => {
    const created = await repos.leads.bulkCreate(['A', 'B', 'C', 'D'].map((n) => input(n, { source: 'Web' })));
    const ids = created.map((l) => l.id);
    let calls = 0;
    const cutOff = () => {
      if (++calls === 2) throw new Error('closed');
      return Date.now();
    };
    const jobs = new BulkJobRepository(db, Date.now, 0);
    await expect(new MassEditRepository(db, repos.workflow.people, cutOff, 2, jobs).apply(ids, { field: 'source', value: 'Fair' })).rejects.toThrow('closed');
    // A second batch at once, in the same pane: it completes and settles only its own marker.
    const second = await new MassEditRepository(db, repos.workflow.people, Date.now, 2, jobs).apply(ids.slice(2), { field: 'rating', value: 'hot' });
    expect(second.changed).toBe(2);
    const later = new BulkJobRepository(db, () => Date.now() + 30 * 24 * 3_600_000, 0);
    const stopped = await new MassEditRepository(db, repos.workflow.people, Date.now, 2, later).interrupted();
    expect(stopped).toMatchObject({ field: 'source', done: 2, total: 4, changed: 2 });
    expect(await repos.workflow.massEdit.undo(stopped!.batchId)).toMatchObject({ restored: 2 });
    expect((await leadsOf(ids)).map((l) => [l.source, l.rating])).toEqual([['Web', null], ['Web', null], ['Web', 'hot'], ['Web', 'hot']]);
    expect(await repos.workflow.massEdit.interrupted()).toBeNull();
  });

  it('leaves nothing behind when it completes', async () => {
    const created = await repos.leads.bulkCreate(['A', 'B', 'C'].map((n) => input(n)));
    await new MassEditRepository(db, repos.workflow.people, Date.now, 2).apply(created.map((l) => l.id), { field: 'source', value: 'Fair' });
    expect(await repos.workflow.massEdit.interrupted()).toBeNull();
  });
});

describe('mass edit of a custom field', () => {
  it('sets a custom value on many leads, keeps their other values, and undoes it', async () => {
    const region = await repos.lookups.addCustomField({ name: 'Vùng', kind: 'choice', choices: ['Bắc', 'Nam'] });
    const note = await repos.lookups.addCustomField({ name: 'Ghi chú', kind: 'text', choices: [] });
    const a = await repos.leads.create(input('Lê An', { customValues: { [note.id]: 'giữ nguyên' } }));
    const b = await repos.leads.create(input('Trần Bình'));
    const { massEdit } = repos.workflow;
    await expect(massEdit.apply([a.id, b.id], { field: 'custom', def: region, value: 'Tây' })).rejects.toMatchObject({ code: 'notAChoice' });
    const result = await massEdit.apply([a.id, b.id], { field: 'custom', def: region, value: 'Nam' });
    expect(result.changed).toBe(2);
    const [afterA, afterB] = await leadsOf([a.id, b.id]);
    expect(afterA?.customValues).toEqual({ [note.id]: 'giữ nguyên', [region.id]: 'Nam' });
    expect(afterB?.customValues).toEqual({ [region.id]: 'Nam' });
    await massEdit.undo(result.batchId!);
    const [undoneA, undoneB] = await leadsOf([a.id, b.id]);
    expect(undoneA?.customValues).toEqual({ [note.id]: 'giữ nguyên' });
    expect(undoneB?.customValues).toEqual({});
  });
});

describe('history of mass edits', () => {
  it('records each lead\'s old and new value, and the undo puts a reverse entry', async () => {
    const a = await repos.leads.create(input('Lê An', { source: 'Web', rating: 'cold' }));
    const b = await repos.leads.create(input('Trần Bình'));
    const { massEdit } = repos.workflow;
    const events = async (id: LeadId) => (await repos.activities.historyOf(id)).map((h) => h.event).filter(Boolean);
    const result = await massEdit.apply([a.id, b.id], { field: 'source', value: 'Hội chợ' });
    await massEdit.apply([a.id, b.id], { field: 'rating', value: 'hot' });
    expect(await events(b.id)).toEqual(expect.arrayContaining([
      { type: 'fieldChanged', field: 'source', from: null, to: 'Hội chợ' },
      { type: 'fieldChanged', field: 'rating', from: null, to: 'hot' },
    ]));
    expect(await massEdit.undo(result.batchId!)).toEqual({ restored: 2, conflicts: 0, missing: 0 });
    expect((await repos.leads.get(a.id))?.source).toBe('Web');
    expect(await events(a.id)).toEqual(expect.arrayContaining([
      { type: 'fieldChanged', field: 'source', from: 'Web', to: 'Hội chợ' },
      { type: 'fieldChanged', field: 'rating', from: 'cold', to: 'hot' },
      { type: 'fieldChanged', field: 'source', from: 'Hội chợ', to: 'Web' },
    ]));
    expect(await events(a.id)).toHaveLength(4);
  });
});

describe('mass edit of the city / region', () => {
  it('fills regions from addresses, keeps the region index true, and undoes', async () => {
    const address = (text: string) => ({ addresses: [{ text, label: 'work' as const, forMail: true }] });
    const [a, b, c] = await repos.leads.bulkCreate([
      input('Lê An', address('45 Nguyễn Huệ, Quận 1, TP.HCM')),
      input('Trần Bình', { ...address('Số 1 Tràng Tiền, Hà Nội'), region: 'Hà Nội' }),
      input('Phạm Chi', address('Tầng 3, toà nhà Sông Đà')),
    ]);
    const inRegion = (region: string) => db.leads.where('region').equals(region).primaryKeys();
    const { massEdit } = repos.workflow;
    const filled = await massEdit.apply([a!.id, b!.id, c!.id], { field: 'region', value: REGION_FROM_ADDRESS });
    expect(filled).toMatchObject({ changed: 1, unchanged: 1, skipped: 1 });
    expect(await inRegion('Hồ Chí Minh')).toEqual([a!.id]);

    const cleared = await massEdit.apply([a!.id, b!.id], { field: 'region', value: null });
    expect(cleared.changed).toBe(2);
    expect(await db.leads.where('region').above('').count()).toBe(0);
    await massEdit.undo(cleared.batchId!);
    expect((await inRegion('Hà Nội'))).toEqual([b!.id]);
    expect((await repos.activities.historyOf(a!.id)).map((h) => h.event)).toEqual(expect.arrayContaining([
      { type: 'fieldChanged', field: 'region', from: null, to: 'Hồ Chí Minh' },
      { type: 'fieldChanged', field: 'region', from: 'Hồ Chí Minh', to: null },
    ]));
  });
});

describe('mass edit of the score', () => {
  it('sets manual stars across chunks, shows them in "leads by score", keeps ticks, and undoes what nobody changed since', async () => {
    const { scoring } = repos;
    const budget = await scoring.addCriterion({ description: 'Có ngân sách', importance: 'high' });
    await scoring.addCriterion({ description: 'Đúng người quyết định', importance: 'normal' });
    const [a, b, c] = await repos.leads.bulkCreate([input('Lê An'), input('Trần Bình'), input('Phạm Chi')]);
    await scoring.setTicked(a!.id, budget.id, true);
    await scoring.setManualStars(c!.id, 5);
    const autoStarsOfA = (await scoring.scoreOf(a!.id)).stars;
    const massEdit = new MassEditRepository(db, repos.workflow.people, Date.now, 2);
    const progress: number[] = [];

    await expect(massEdit.apply([a!.id], { field: 'score', value: 6 })).rejects.toMatchObject({ code: 'invalidStars' });
    const result = await massEdit.apply([a!.id, b!.id, c!.id], { field: 'score', value: 4 }, (done) => progress.push(done));
    expect(result).toMatchObject({ changed: 3, unchanged: 0 });
    expect(progress).toEqual([2, 3]);
    const scoreA = await scoring.scoreOf(a!.id);
    expect(scoreA).toMatchObject({ mode: 'manual', manualStars: 4, stars: 4, ticks: [budget.id] });
    expect(scoreA.computedStars).toBe(autoStarsOfA);
    expect((await scoring.listByScore({ stars: 4 })).map((s) => s.lead.id).sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect((await repos.leads.get(a!.id))?.rev).toBe(1);
    expect((await repos.activities.historyOf(c!.id)).map((h) => h.event)).toEqual([{ type: 'fieldChanged', field: 'score', from: 5, to: 4 }, { type: 'created', via: 'form' }]);

    // Setting the same stars again changes nothing.
    expect(await massEdit.apply([a!.id, b!.id], { field: 'score', value: 4 })).toMatchObject({ changed: 0, unchanged: 2, batchId: null });

    await scoring.setManualStars(b!.id, 2);
    expect(await massEdit.undo(result.batchId!)).toEqual({ restored: 2, conflicts: 1, missing: 0 });
    expect(await scoring.scoreOf(a!.id)).toMatchObject({ mode: 'automatic', stars: autoStarsOfA, ticks: [budget.id] });
    expect(await scoring.scoreOf(b!.id)).toMatchObject({ mode: 'manual', stars: 2 });
    expect(await scoring.scoreOf(c!.id)).toMatchObject({ mode: 'manual', stars: 5 });
    expect((await repos.activities.historyOf(c!.id)).map((h) => h.event)).toEqual(expect.arrayContaining([{ type: 'fieldChanged', field: 'score', from: 4, to: 5 }]));
  });

  it('clears manual scores back to the criteria', async () => {
    const { scoring } = repos;
    await scoring.addCriterion({ description: 'Có ngân sách', importance: 'high' });
    const [a, b] = await repos.leads.bulkCreate([input('Lê An'), input('Trần Bình')]);
    await scoring.setManualStars(a!.id, 5);
    const result = await repos.workflow.massEdit.apply([a!.id, b!.id], { field: 'score', value: null });
    expect(result).toMatchObject({ changed: 1, unchanged: 1 });
    expect(await scoring.scoreOf(a!.id)).toMatchObject({ mode: 'automatic', manualStars: 5, stars: 0 });
  });
});

describe('qualify / convert', () => {
  async function maiWithEmail() {
    const lead = await repos.leads.create(
      input('Trần Thị Mai', { company: 'Thép Sài Gòn', emails: [{ address: 'mai@saigonsteel.com.vn', label: 'work' }], notes: 'Gọi lại thứ Hai' }),
      { message: { source: 'eml', subject: 'Hỏi giá', from: { name: 'Mai', address: 'mai@saigonsteel.com.vn' }, to: [], cc: [], receivedAt: 5, internetMessageId: '<m1>', conversationId: null, itemId: null, bodyText: 'x', bodyHtml: null }, replyText: 'Xin báo giá' },
    );
    return lead;
  }
  const request = { createOpportunity: true, topic: 'Thép cuộn', productsOfInterest: 'HRC', estimatedValue: 1000, closeDate: null, linkContactId: null, linkAccountId: null };

  it('creates contact, account and opportunity in one go, keeps the lead and carries the history', async () => {
    const lead = await maiWithEmail();
    const plan = await repos.workflow.conversion.qualify(lead.id, request);
    const stored = await repos.leads.get(lead.id);
    expect(stored).toMatchObject({ status: 'qualified', convertedContactId: plan.contact.record.id, convertedAccountId: plan.account?.record.id });
    expect(await db.accounts.count()).toBe(1);
    expect(await db.opportunities.count()).toBe(1);
    const contactHistory = await repos.activities.historyOf(plan.contact.record.id, 'contact');
    // The lead's history items are copied, then "qualified" (the lead's own "created" stays the lead's).
    expect(contactHistory.map((a) => a.event?.type ?? a.kind).sort()).toEqual(['email', 'qualified']);
    // After the sale the contact's own history grows; the lead's does not.
    await repos.activities.add(plan.contact.record.id, { ...emptyActivityInput('phone', Date.now()), subject: 'Gọi xác nhận' }, 'contact');
    expect((await repos.activities.historyOf(plan.contact.record.id, 'contact')).map((a) => a.subject)).toContain('Gọi xác nhận');
    expect((await repos.activities.historyOf(lead.id)).map((a) => a.event?.type ?? a.kind).sort()).toEqual(['created', 'email', 'qualified']);
    await expect(repos.workflow.conversion.qualify(lead.id, request)).rejects.toMatchObject({ code: 'alreadyQualified' });
  });

  it('finds an existing account by domain and links to it, filling only empty fields', async () => {
    const now = Date.now();
    await db.accounts.add({ id: 'acc' as never, name: 'SGS', website: '', domain: 'saigonsteel.com.vn', searchWords: ['sgs'], notes: 'VIP', createdAt: now, updatedAt: now, rev: 1, deletedAt: null });
    const lead = await maiWithEmail();
    const duplicates = await repos.workflow.conversion.findDuplicates(lead.id);
    expect(duplicates.accounts.map((m) => [m.record.id, m.reasons])).toEqual([['acc', ['domain']]]);
    const plan = await repos.workflow.conversion.qualify(lead.id, { ...request, linkAccountId: 'acc' as never });
    expect(await db.accounts.count()).toBe(1);
    expect(await db.accounts.get('acc' as never)).toMatchObject({ name: 'SGS', notes: 'VIP', rev: 2 });
    expect(plan.contact.record.accountId).toBe('acc');
  });

  it('writes nothing when any part fails (a linked contact that is gone)', async () => {
    const lead = await maiWithEmail();
    await expect(repos.workflow.conversion.qualify(lead.id, { ...request, linkContactId: 'nope' as never })).rejects.toMatchObject({ code: 'contactGone' });
    expect((await repos.leads.get(lead.id))?.status).toBe('open');
    expect(await db.contacts.count()).toBe(0);
    expect(await db.activities.count()).toBe(1);
  });
});

describe('marketing lists', () => {
  it('creates, renames, adds members once, shows a lead its lists, removes members and deletes', async () => {
    const { lists } = repos.workflow;
    const fair = await lists.create('Hội chợ 2026');
    await expect(lists.create(' hoi cho 2026 ')).rejects.toMatchObject({ code: 'listNameTaken' });
    await expect(lists.create('')).rejects.toMatchObject({ code: 'listNameRequired' });
    const [a, b] = await repos.leads.bulkCreate([input('An'), input('Bình')]);
    expect(await lists.addMembers(fair.id, [{ memberId: a!.id, memberType: 'lead' }, { memberId: b!.id, memberType: 'lead' }])).toBe(2);
    expect(await lists.addMembers(fair.id, [{ memberId: a!.id, memberType: 'lead' }])).toBe(0);
    await lists.rename(fair.id, 'Fair 2026');
    expect((await lists.listsOf(a!.id)).map((l) => l.name)).toEqual(['Fair 2026']);
    expect((await lists.lists()).map((l) => [l.name, l.memberCount])).toEqual([['Fair 2026', 2]]);
    await lists.removeMembers(fair.id, [a!.id]);
    expect((await lists.members(fair.id)).map((m) => m.name)).toEqual(['Bình']);
    await lists.remove(fair.id);
    expect(await lists.lists()).toEqual([]);
    expect(await lists.listsOf(b!.id)).toEqual([]);
  });
  it('reports an "add to list" cut off part-way, and its undo takes out only what it added', async () => {
    const fair = await repos.workflow.lists.create('Hội chợ');
    await repos.workflow.lists.addMembers(fair.id, [{ memberId: 'already', memberType: 'lead' }]);
    // 2,500 members are two chunks; the clock (read once per row) fails in the second one.
    const members = [{ memberId: 'already', memberType: 'lead' as const }, ...Array.from({ length: 2_499 }, (_, i) => ({ memberId: `m${i}`, memberType: 'lead' as const }))];
    let calls = 0;
    const cutOff = () => {
      if (++calls > 2_000) throw new Error('closed');
      return Date.now();
    };
    const jobs = new BulkJobRepository(db, Date.now, 0);
    await expect(new MarketingListRepository(db, cutOff, jobs).addMembers(fair.id as MarketingListId, members)).rejects.toThrow('closed');
    expect((await repos.workflow.lists.lists())[0]?.memberCount).toBe(2_000);

    // Another pane sees it as running while its heartbeat is fresh, and as stopped after.
    expect(await repos.workflow.lists.interruptedAdd()).toBeNull();
    const later = new MarketingListRepository(db, Date.now, new BulkJobRepository(db, () => Date.now() + BULK_JOB_DEAD_AFTER_MS + 1, 0));
    const stopped = await later.interruptedAdd();
    expect(stopped).toMatchObject({ kind: 'addToList', done: 2_000, total: 2_500, changed: 1_999, detail: { listId: fair.id, name: 'Hội chợ' } });
    const undone = await later.undoAdd(stopped!.id);
    expect(undone).toBe(1_999);
    expect((await later.members(fair.id)).map((m) => m.memberId)).toEqual(['already']);
    expect(await later.interruptedAdd()).toBeNull();
  });
});

it('keeps PersonId branded in the public API', () => {
  const id: PersonId = 'x' as PersonId;
  expect(typeof id).toBe('string');
});
