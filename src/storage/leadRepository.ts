import { emailActivity } from '../domain/activity';
import { duplicateProbe, duplicateReasons, type LeadDuplicate } from '../domain/duplicates';
import { normalizeEmail } from '../domain/email';
import { foldedWords } from '../domain/fold';
import { newId } from '../domain/ids';
import { duplicateNameKey, restored, softDeleted, type LeadInput } from '../domain/lead';
import { changeFromForm, changeLead, createLead, type CreatedOrigin, type LeadChange, type LeadChangeError, type ScoreSetting } from '../domain/leadChange';
import { hasFilters, hasIndexedFilters, matchesFilters, matchesTerms, narrowestTerm, searchTerms, type LeadQuery, type LeadSort } from '../domain/leadQuery';
import type { MailMessage } from '../domain/mailMessage';
import type { ActivityId, Lead, LeadId, LeadPhoto, PersonId } from '../domain/types';
import type { LeadPaneDb } from './db';
import { candidateIds, countDisqualified, excludesDisqualified, hasCandidateList, narrowByFields, narrowByWorkflow } from './leadNarrowing';
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from './errors';
import { currentPerson, leadWriteTables, readChangeContext, writeLeads, type LeadWrite } from './leadWrites';

export { ActivityRepository, type LogEmailResult } from './activityRepository';

/** Bulk writes go in chunks of this many records per transaction (see docs/architecture.md). */
export const BULK_CHUNK_SIZE = 2000;

/** `items` cut into runs of `size` (the last may be shorter), for one transaction each. */
export function chunks<T>(items: readonly T[], size = BULK_CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
/** Records read beyond what a page still needs when a check may drop some of them. */
const CHECK_SLACK = 8;
/** The text indexes a search term is looked up in, in the order their matches are listed. */
const TEXT_INDEXES = ['searchWords', 'emailKeys', 'findWords'] as const;
/** Rows read beyond the first page, so that a few disqualified leads among them need no second read. */
const FIRST_PAGE_SLACK = 20;

/** Sizes where the list's reads change strategy; tests make them small to reach every path. */
export type QueryLimits = {
  /** Search results up to this many are sorted as asked; larger ones keep the word index's order. */
  searchSortLimit: number;
  /** Up to this many matches of a filtered first page are read and ordered in memory instead of walking the sort index. */
  fewMatches: number;
  /** Sort-index keys read per step while a filtered first page fills. */
  window: number;
};
export const QUERY_LIMITS: QueryLimits = { searchSortLimit: 5000, fewMatches: 500, window: 2000 };

/** The duplicate warning lists at most this many records. */
export const MAX_DUPLICATES_SHOWN = 20;

export type EmailToLink = { message: MailMessage; replyText: string };

/**
 * The first rows of a query, and how many match: enough to paint the list at once. `estimated`
 * marks a total read from index counts where the exact one would read every match ("about
 * 40,000"); the list's full answer (`matchingIds`) replaces it.
 */
export type LeadPage = { leads: Lead[]; total: number; estimated?: boolean };

/** What a save does to the lead's photo; absent leaves it as it is. */
export type PhotoChange = { kind: 'set'; photo: Omit<LeadPhoto, 'leadId'> } | { kind: 'remove' };

/** Options of a single create: where the lead came from (its first history item) and who made it. */
export type CreateOptions = {
  origin?: CreatedOrigin;
  by?: PersonId | null;
  /**
   * Check for duplicates inside the write transaction and throw `DuplicateError` instead of writing
   * (IndexedDB runs overlapping write transactions one after the other, so no two panes both pass).
   */
  refuseDuplicates?: boolean;
};

export type CreateManyOptions = {
  /** The first history item of every lead ("Imported from leads.csv" is `{ via: 'import', from: 'leads.csv' }`). */
  origin: CreatedOrigin;
  /** Recorded on the history items; defaults to the current user ("me"). */
  by?: PersonId | null;
  onProgress?: (done: number, total: number) => void;
};

export type ChangeOptions = {
  /** The rev the change was based on: a newer stored rev is a ConflictError and nothing is written. */
  baseRev?: number;
  photo?: PhotoChange;
  /** Recorded on the history items; defaults to the current user ("me"). */
  by?: PersonId | null;
};

/** A change, or a function that decides it from the stored lead (the form's save compares with it). */
export type ChangeOf = LeadChange | ((current: Lead) => LeadChange);

export type ChangeManyItem = { id: LeadId; change: ChangeOf; baseRev?: number };
export type ChangeManyResult = {
  /** The stored leads after the change (changed or not), in the order given, for the ids that were applied. */
  leads: Lead[];
  changed: LeadId[];
  unchanged: LeadId[];
  /** Not found, or in the recycle bin. */
  missing: LeadId[];
  /** Stored rev newer than `baseRev`: left as stored. */
  conflicts: LeadId[];
  invalid: Array<{ id: LeadId; errors: LeadChangeError[] }>;
};

export class LeadRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now, private readonly limits: QueryLimits = QUERY_LIMITS) {}

  /**
   * Creates a lead through the change path (`createLead`: validation against the live custom
   * fields, derived keys, history "created") and writes it with its history, the email it came
   * from and its photo in one transaction: all or nothing.
   */
  async create(input: LeadInput, email?: EmailToLink, photo?: PhotoChange, options: CreateOptions = {}): Promise<Lead> {
    const { db } = this;
    return db.transaction('rw', [db.leads, db.activities, db.leadPhotos, db.customFields, db.settings, db.contacts, db.accounts], async () => {
      const now = this.now();
      const customFields = (await db.customFields.toArray()).filter((f) => !f.deletedAt);
      const by = options.by === undefined ? await currentPerson(db) : options.by;
      const origin = options.origin ?? { via: email ? 'email' : 'form' };
      const result = createLead(newId<LeadId>(), input, { now, customFields, by }, origin);
      if (!result.ok) throw new ValidationError(result.errors);
      if (options.refuseDuplicates) {
        const matches = await this.findDuplicates(input);
        if (matches.length) throw new DuplicateError(matches);
      }
      await writeLeads(db, [{ lead: result.lead, isNew: true, changed: true, events: [] }], now, by);
      if (email) {
        await db.activities.add(emailActivity(newId<ActivityId>(), 'lead', result.lead.id, email.message, email.replyText, now));
      }
      await this.writePhoto(result.lead.id, photo);
      return result.lead;
    });
  }

  /**
   * Creates many leads with their "created" history, `BULK_CHUNK_SIZE` per transaction: the API
   * import and team sync call. Every input is validated first (custom values against the live
   * fields); one bad input rejects the whole call with a ValidationError before anything is written.
   */
  async createMany(inputs: readonly LeadInput[], options: CreateManyOptions): Promise<Lead[]> {
    const { db } = this;
    const now = this.now();
    const customFields = (await db.customFields.toArray()).filter((f) => !f.deletedAt);
    const by = options.by === undefined ? await currentPerson(db) : options.by;
    const writes: LeadWrite[] = [];
    for (const input of inputs) {
      const result = createLead(newId<LeadId>(), input, { now, customFields, by }, options.origin);
      if (!result.ok) throw new ValidationError(result.errors);
      writes.push({ lead: result.lead, isNew: true, changed: true, events: [] });
    }
    let done = 0;
    for (const chunk of chunks(writes)) {
      await db.transaction('rw', db.leads, () => writeLeads(db, chunk, now, by));
      done += chunk.length;
      options.onProgress?.(done, writes.length);
    }
    return writes.map((w) => w.lead);
  }

  /** @deprecated Use `createMany`, which names where the leads came from. */
  async bulkCreate(inputs: readonly LeadInput[], onProgress?: (done: number, total: number) => void): Promise<Lead[]> {
    return this.createMany(inputs, { origin: { via: 'form' }, onProgress });
  }

  /**
   * Applies one change (`changeLead`) and writes the lead, its history, its score and its photo
   * in one transaction. Throws NotFoundError (gone or in the recycle bin), ConflictError (stored
   * rev newer than `baseRev`; carries the stored lead) or ValidationError (nothing written).
   */
  async change(id: LeadId, change: ChangeOf, options: ChangeOptions = {}): Promise<Lead> {
    const { db } = this;
    return db.transaction('rw', [...leadWriteTables(db), db.leadPhotos], async () => {
      const current = await db.leads.get(id);
      if (!current || current.deletedAt) throw new NotFoundError('The lead');
      if (options.baseRev !== undefined && current.rev !== options.baseRev) throw new ConflictError(current);
      const context = await readChangeContext(db, this.now(), options.by);
      const wanted = typeof change === 'function' ? change(current) : change;
      if (wanted.score) context.score = await this.scoreSetting(id);
      const result = changeLead(current, wanted, context);
      if (!result.ok) throw new ValidationError(result.errors);
      await writeLeads(db, [{ lead: result.lead, changed: result.changed, events: result.events, score: result.score?.after }], context.now, context.by);
      await this.writePhoto(id, options.photo);
      return result.lead;
    });
  }

  /**
   * Applies many changes, `BULK_CHUNK_SIZE` leads per transaction (each chunk all or nothing):
   * the API team sync calls. A lead that is gone, conflicts or breaks a rule is reported and left
   * alone; the others are written with their history.
   */
  async changeMany(items: readonly ChangeManyItem[], options: { by?: PersonId | null; onProgress?: (done: number, total: number) => void } = {}): Promise<ChangeManyResult> {
    const { db } = this;
    const result: ChangeManyResult = { leads: [], changed: [], unchanged: [], missing: [], conflicts: [], invalid: [] };
    let done = 0;
    for (const chunk of chunks(items)) {
      await db.transaction('rw', leadWriteTables(db), async () => {
        const context = await readChangeContext(db, this.now(), options.by);
        const stored = await db.leads.bulkGet(chunk.map((item) => item.id));
        // A lead named twice in a chunk takes its second change on top of its first.
        const latest = new Map<LeadId, Lead>();
        const scoreIds = chunk.filter((item) => typeof item.change === 'function' || item.change.score).map((item) => item.id);
        const scores = scoreIds.length ? await this.scoreSettings(scoreIds) : new Map<LeadId, ScoreSetting>();
        const writes: LeadWrite[] = [];
        chunk.forEach((item, i) => {
          const lead = latest.get(item.id) ?? stored[i];
          if (!lead || lead.deletedAt) return void result.missing.push(item.id);
          if (item.baseRev !== undefined && lead.rev !== item.baseRev) return void result.conflicts.push(item.id);
          const wanted = typeof item.change === 'function' ? item.change(lead) : item.change;
          const applied = changeLead(lead, wanted, { ...context, score: scores.get(item.id) });
          if (!applied.ok) return void result.invalid.push({ id: item.id, errors: applied.errors });
          if (applied.score) scores.set(item.id, applied.score.after);
          latest.set(item.id, applied.lead);
          writes.push({ lead: applied.lead, changed: applied.changed, events: applied.events, score: applied.score?.after });
          const list = applied.changed || applied.score ? result.changed : result.unchanged;
          if (!list.includes(item.id)) list.push(item.id);
        });
        result.leads.push(...latest.values());
        await writeLeads(db, writes, context.now, context.by);
      });
      done += chunk.length;
      options.onProgress?.(done, items.length);
    }
    return result;
  }

  /** The form's save: its whole input as a change on top of `baseRev`, with its photo change. */
  async update(id: LeadId, input: LeadInput, baseRev: number, photo?: PhotoChange): Promise<Lead> {
    return this.change(id, (current) => changeFromForm(current, input), { baseRev, photo });
  }

  private async scoreSettings(ids: readonly LeadId[]): Promise<Map<LeadId, ScoreSetting>> {
    const rows = await this.db.leadScores.bulkGet([...ids]);
    const out = new Map<LeadId, ScoreSetting>();
    rows.forEach((row) => row && out.set(row.leadId, { mode: row.mode, manualStars: row.manualStars }));
    return out;
  }

  private async scoreSetting(id: LeadId): Promise<ScoreSetting | undefined> {
    return (await this.scoreSettings([id])).get(id);
  }

  private async writePhoto(leadId: LeadId, change: PhotoChange | undefined): Promise<void> {
    if (change?.kind === 'set') await this.db.leadPhotos.put({ ...change.photo, leadId });
    else if (change?.kind === 'remove') await this.db.leadPhotos.delete(leadId);
  }

  async get(id: LeadId): Promise<Lead | undefined> {
    const lead = await this.db.leads.get(id);
    return lead && !lead.deletedAt ? lead : undefined;
  }

  /** Live or deleted: the record view shows "this lead is in the recycle bin". */
  async getAny(id: LeadId): Promise<Lead | undefined> {
    return this.db.leads.get(id);
  }

  async getMany(ids: readonly LeadId[]): Promise<Array<Lead | undefined>> {
    return this.db.leads.bulkGet([...ids]);
  }

  /** The live lead with this address, if any (the known-sender check). */
  async findByEmail(address: string): Promise<Lead | undefined> {
    return this.db.leads
      .where('emailKeys')
      .equals(normalizeEmail(address))
      .filter((lead) => !lead.deletedAt)
      .first();
  }

  /**
   * Live leads: every lead less the recycle bin (the `deletedAt` index holds only deleted ones).
   * Two counts: the table's is much cheaper in Chromium than an index's over the same leads.
   */
  async count(): Promise<number> {
    const [all, deleted] = await Promise.all([this.db.leads.count(), this.db.leads.orderBy('deletedAt').count()]);
    return all - deleted;
  }

  private sorted(sort: LeadSort) {
    switch (sort) {
      case 'fileAs':
        return this.db.leads.orderBy('sortName');
      case 'company':
        return this.db.leads.orderBy('sortCompany');
      // "score" orders by the scores table afterwards (`inScoreOrder`); newest first underneath.
      case 'created':
      case 'score':
        return this.db.leads.orderBy('sortCreated').reverse();
    }
  }

  /** The first `limit` rows and the total, read from the sort index (no full scan without text). */
  async firstPage(query: LeadQuery, limit: number): Promise<LeadPage> {
    const assigneeFilter = query.filters.assignee && query.filters.assignee.type !== 'any';
    if (!searchTerms(query.text).length && !hasFilters(query.filters) && !hasIndexedFilters(query.filters) && !assigneeFilter && query.sort !== 'score') {
      // Workflow (#6): the default view skips disqualified leads, still straight from the sort index.
      // The page is one ranged getAll (a filtered Dexie collection would walk a cursor record by record).
      const hide = excludesDisqualified(query.filters, false);
      const [leads, total, hidden] = await Promise.all([
        hide ? this.firstLive(query.sort, limit) : this.sorted(query.sort).limit(limit).toArray(),
        this.count(),
        hide ? countDisqualified(this.db) : 0,
      ]);
      return { leads, total: total - hidden };
    }
    const hasText = searchTerms(query.text).length > 0;
    const fromIndexes = !hasText && !hasFilters(query.filters) && query.sort !== 'score' ? await this.firstPageFromIndexes(query, limit) : null;
    if (fromIndexes) return fromIndexes;
    if (hasText && !hasIndexedFilters(query.filters) && !assigneeFilter && query.sort !== 'score') return this.firstPageOfSearch(query, limit);
    const ids = await this.matchingIds(query);
    const leads = (await this.getMany(ids.slice(0, limit))).filter((l): l is Lead => Boolean(l));
    return { leads, total: ids.length };
  }

  /**
   * The first `limit` leads in `sort` order that are not disqualified: ranged reads of a little
   * more than the page, the next ones growing, so a few disqualified leads cost no second read.
   */
  private async firstLive(sort: LeadSort, limit: number): Promise<Lead[]> {
    const page: Lead[] = [];
    let size = limit + FIRST_PAGE_SLACK;
    for (let offset = 0; ; offset += size, size *= 2) {
      const rows = await this.sorted(sort).offset(offset).limit(size).toArray();
      for (const lead of rows) if (lead.status !== 'disqualified' && page.length < limit) page.push(lead);
      if (page.length >= limit || rows.length < size) return page;
    }
  }

  /**
   * The first page of a chip or field filter without reading the whole sort index: the matches
   * come as a set from the filter indexes (what `matchingIds` narrows to, deleted leads taken
   * out), each index read once. A few matches are read and put in list order in memory; more
   * are found by walking the sort index a window at a time until the page is full. Null when no
   * filter gives a candidate list (`candidateIds`).
   */
  private async firstPageFromIndexes(query: LeadQuery, limit: number): Promise<LeadPage | null> {
    // Disqualified leads are told from the page's own records (their ids are as costly to read as
    // the candidates'); the status index is only counted, and the total then estimated.
    const hide = excludesDisqualified(query.filters, false);
    const [candidates, deleted, disqualified, all] = await Promise.all([
      candidateIds(this.db, query.filters),
      this.deletedIds(),
      hide ? this.db.leads.where('status').equals('disqualified').count() : 0,
      hide ? this.db.leads.count() : 0,
    ]);
    if (!candidates) return null;
    const narrowed = await narrowByFields(this.db, candidates.ids, candidates.rest);
    const assigned = await narrowByWorkflow(this.db, narrowed, { ...query.filters, assignee: candidates.rest.assignee, includeDisqualified: true }, false);
    const matches = new Set<string>(assigned);
    for (const id of deleted) matches.delete(id);
    const check = disqualified ? (lead: Lead) => lead.status !== 'disqualified' : null;
    if (matches.size <= this.limits.fewMatches) {
      const leads = (await this.getMany([...matches] as LeadId[])).filter((l): l is Lead => Boolean(l) && (!check || check(l!)));
      return { leads: inListOrder(leads, query.sort).slice(0, limit), total: leads.length };
    }
    const walk = await this.walkSortIndex(query.sort, matches, limit, check);
    if (!check) return { leads: walk.leads, total: matches.size };
    if (walk.checked >= matches.size) return { leads: walk.leads, total: walk.passed };
    // The page's share comes from the top of one sort order; the base's share of disqualified leads does not.
    return { leads: walk.leads, total: Math.max(walk.passed, Math.round(matches.size * (1 - disqualified / Math.max(all, 1)))), estimated: true };
  }

  /** The recycle bin's ids; its count first, as it is mostly empty. */
  private async deletedIds(): Promise<string[]> {
    const bin = this.db.leads.orderBy('deletedAt');
    return (await bin.count()) ? bin.primaryKeys() : [];
  }

  /** The prefix look-ups of a search term, one per text index, in the order matches are listed. */
  private termRanges(term: string) {
    return TEXT_INDEXES.map((index) => this.db.leads.where(index).startsWith(term));
  }

  /**
   * Index entries the search's narrowest term matches (a lead with two matching words counts
   * twice): counted without reading a key, it decides whether the results are sorted as asked
   * (`searchSortLimit`), the same way in `matchingIds` and `firstPageOfSearch`.
   */
  private async termEntries(term: string): Promise<number> {
    return (await Promise.all(this.termRanges(term).map((range) => range.count()))).reduce((a, b) => a + b, 0);
  }

  /**
   * A search's first page without every matching id or record (issue #15). Results small enough
   * to sort: their ids (at most `searchSortLimit` keys), then, when there are more than a few,
   * the sort index walked a window at a time for the first of them; records are read for the
   * page only, and checked there when more terms or record filters must hold (the total is
   * then estimated from the share that held). Larger results keep the word index's order: the
   * page is the first ids of the look-ups, the total an estimate from the index counts.
   */
  private async firstPageOfSearch(query: LeadQuery, limit: number): Promise<LeadPage> {
    const terms = searchTerms(query.text);
    const term = narrowestTerm(terms)!;
    const check = terms.length > 1 || hasFilters(query.filters) ? (lead: Lead) => matchesTerms(terms, lead) && matchesFilters(query.filters, lead) : null;
    const entries = await this.termEntries(term);
    if (entries <= this.limits.searchSortLimit) {
      const lists = await Promise.all(this.termRanges(term).map((range) => range.primaryKeys()));
      const ids = new Set<string>(lists.flat());
      if (ids.size <= this.limits.fewMatches) {
        const leads = inListOrder((await this.getMany([...ids] as LeadId[])).filter((l): l is Lead => Boolean(l) && (!check || check(l!))), query.sort);
        return { leads: leads.slice(0, limit), total: leads.length };
      }
      const walk = await this.walkSortIndex(query.sort, ids, limit, check);
      if (!check) return { leads: walk.leads, total: ids.size };
      return walk.checked >= ids.size ? { leads: walk.leads, total: walk.passed } : { leads: walk.leads, total: estimate(ids.size, walk), estimated: true };
    }
    // In the look-ups' order: the first ids of each range in turn, more of them while the page is short.
    const leads: Lead[] = [];
    const seen = new Set<string>();
    const walk: WalkResult = { leads, passed: 0, checked: 0 };
    let keysRead = 0;
    let exhausted = true;
    for (const range of this.termRanges(term)) {
      if (leads.length >= limit) {
        exhausted = false;
        break;
      }
      for (let size = limit * 2; ; size *= 4) {
        const keys = (await range.clone().limit(size).primaryKeys()) as LeadId[];
        // A lead with two matching words is in the range twice: only its first place counts.
        const fresh = keys.filter((id) => !seen.has(id) && Boolean(seen.add(id)));
        const wanted = check ? fresh : fresh.slice(0, Math.max(0, limit - leads.length));
        for (const lead of (await this.getMany(wanted)).filter((l): l is Lead => Boolean(l))) {
          walk.checked += 1;
          if (check && !check(lead)) continue;
          walk.passed += 1;
          if (leads.length < limit) leads.push(lead);
        }
        if (keys.length < size || leads.length >= limit) {
          keysRead += keys.length;
          exhausted &&= keys.length < size;
          break;
        }
      }
    }
    if (exhausted) return { leads, total: check ? walk.passed : seen.size };
    // Distinct ids per index entry so far, and (with a check) the share that held, scaled to every entry.
    const distinct = keysRead ? seen.size / keysRead : 1;
    const share = check && walk.checked ? walk.passed / walk.checked : 1;
    return { leads, total: Math.max(leads.length, Math.round(entries * distinct * share)), estimated: true };
  }

  /**
   * Walks the sort index a window of keys at a time, taking the ids in `members` and (with a
   * `check`) reading and checking their records, until `limit` leads are found or the index
   * ends. `passed` and `checked` count the records read, for an estimate of the total.
   */
  private async walkSortIndex(sort: LeadSort, members: ReadonlySet<string>, limit: number, check: ((lead: Lead) => boolean) | null): Promise<WalkResult> {
    const walk: WalkResult = { leads: [], passed: 0, checked: 0 };
    const window = Math.max(this.limits.window, limit);
    let met = 0;
    for (let offset = 0; walk.leads.length < limit && met < members.size; offset += window) {
      const keys = (await this.sorted(sort).offset(offset).limit(window).primaryKeys()) as LeadId[];
      const inWindow = keys.filter((id) => members.has(id));
      met += inWindow.length;
      // Records of the members in turn, only as many as the page still needs (and a few for those a check drops).
      for (let at = 0; at < inWindow.length && walk.leads.length < limit; ) {
        const wanted = inWindow.slice(at, at + limit - walk.leads.length + (check ? CHECK_SLACK : 0));
        at += wanted.length;
        for (const lead of (await this.getMany(wanted)).filter((l): l is Lead => Boolean(l))) {
          walk.checked += 1;
          if (check && !check(lead)) continue;
          walk.passed += 1;
          if (walk.leads.length < limit) walk.leads.push(lead);
        }
      }
      if (keys.length < window) break;
    }
    return walk;
  }

  /**
   * Every live lead matching the query, in list order: the list pages through these ids by
   * range, and "select all" resolves to them. Text terms are prefix look-ups on the folded word
   * and email indexes; filters are checked on the matched records.
   */
  async matchingIds(query: LeadQuery): Promise<LeadId[]> {
    // The score order's reads start first, beside the text look-up: a live query tracks only the
    // reads made before Dexie's zone is lost to native awaits, and reading leadScores after the
    // narrowing steps went unobserved (the list sorted by score did not follow a score change).
    const scoreOrder = query.sort === 'score' ? this.scoreIndex() : null;
    const textMatches = await this.textAndFieldMatches(query);
    const matched = hasIndexedFilters(query.filters) ? await narrowByFields(this.db, textMatches, query.filters) : textMatches;
    const ids = await narrowByWorkflow(this.db, matched, query.filters, searchTerms(query.text).length > 0);
    return scoreOrder ? inScoreOrder(ids, await scoreOrder) : ids;
  }

  /**
   * The ids `matchingIds` gives, in no particular order (reports count them): without text or
   * record filters they come from the smallest filter index (`candidateIds`) or the table's own
   * keys, less the recycle bin, instead of a whole sort index.
   */
  async matchingIdsInAnyOrder(query: LeadQuery): Promise<LeadId[]> {
    if (searchTerms(query.text).length || hasFilters(query.filters)) return this.matchingIds(query);
    // Every first read is issued in this tick, where a live query still observes it.
    const [candidates, all, deleted] = await Promise.all([
      hasCandidateList(query.filters) ? candidateIds(this.db, query.filters) : null,
      hasCandidateList(query.filters) ? null : (this.db.leads.toCollection().primaryKeys() as Promise<LeadId[]>),
      this.deletedIds(),
    ]);
    const rest = candidates?.rest ?? query.filters;
    const gone = new Set(deleted);
    const live = (candidates?.ids ?? all ?? []).filter((id) => !gone.has(id));
    const narrowed = hasIndexedFilters(rest) ? await narrowByFields(this.db, live, rest) : live;
    return narrowByWorkflow(this.db, narrowed, { ...query.filters, assignee: rest.assignee }, false);
  }

  /**
   * Scores and their lead ids from the scores table's one `score` index (no score record is read).
   * No explicit transaction: this runs inside live queries (see ScoringRepository.scoreOf); a write
   * landing between the two reads shows as a length mismatch, and the live query runs again after it.
   */
  private async scoreIndex(): Promise<ScoreIndex> {
    const byScore = this.db.leadScores.orderBy('score');
    const [scores, scoredIds] = await Promise.all([byScore.keys(), byScore.primaryKeys()]);
    return { scores: scores as number[], scoredIds: scoredIds as LeadId[] };
  }

  private async textAndFieldMatches(query: LeadQuery): Promise<LeadId[]> {
    const terms = searchTerms(query.text);
    if (!terms.length) {
      if (!hasFilters(query.filters)) return (await this.sorted(query.sort).primaryKeys()) as LeadId[];
      return (await this.sorted(query.sort).filter((l) => matchesFilters(query.filters, l)).primaryKeys()) as LeadId[];
    }
    const term = narrowestTerm(terms)!;
    const [entries, lists] = await Promise.all([this.termEntries(term), Promise.all(this.termRanges(term).map((range) => range.primaryKeys()))]);
    const ids = [...new Set(lists.flat())] as LeadId[];
    const sortable = entries <= this.limits.searchSortLimit;
    const needsRecords = terms.length > 1 || hasFilters(query.filters) || sortable;
    if (!needsRecords) return ids;
    const records: Lead[] = [];
    for (const chunk of chunks(ids)) {
      for (const lead of await this.db.leads.bulkGet(chunk)) {
        if (lead && matchesTerms(terms, lead) && matchesFilters(query.filters, lead)) records.push(lead);
      }
    }
    return (sortable ? inListOrder(records, query.sort) : records).map((l) => l.id);
  }

  /**
   * Live leads and contacts with the same email or phone, or the same folded name and
   * company: every branch is an index look-up, so the check stays fast on a large base.
   */
  async findDuplicates(input: Pick<LeadInput, 'fullName' | 'company' | 'emails' | 'phones'>, excludeId?: LeadId): Promise<LeadDuplicate[]> {
    const probe = duplicateProbe(input);
    const matches = new Map<string, LeadDuplicate>();
    const leadCandidates = await Promise.all([
      probe.emailKeys.length ? this.db.leads.where('emailKeys').anyOf(probe.emailKeys).limit(MAX_DUPLICATES_SHOWN).toArray() : [],
      probe.phoneKeys.length ? this.db.leads.where('phoneKeys').anyOf(probe.phoneKeys).limit(MAX_DUPLICATES_SHOWN).toArray() : [],
      this.db.leads.where('dupKey').equals(probe.nameKey).limit(MAX_DUPLICATES_SHOWN).toArray(),
    ]);
    for (const lead of leadCandidates.flat()) {
      if (lead.deletedAt || lead.id === excludeId || matches.has(lead.id)) continue;
      const reasons = duplicateReasons(probe, { emailKeys: lead.emailKeys, phoneKeys: lead.phoneKeys, nameKey: lead.dupKey ?? '' });
      if (reasons.length) matches.set(lead.id, { record: { recordType: 'lead', id: lead.id, name: lead.fullName, company: lead.company }, reasons });
    }
    const firstNameWord = foldedWords(input.fullName)[0];
    const contactCandidates = await Promise.all([
      probe.emailKeys.length ? this.db.contacts.where('emailKeys').anyOf(probe.emailKeys).limit(MAX_DUPLICATES_SHOWN).toArray() : [],
      probe.phoneKeys.length ? this.db.contacts.where('phoneKeys').anyOf(probe.phoneKeys).limit(MAX_DUPLICATES_SHOWN).toArray() : [],
      firstNameWord ? this.db.contacts.where('searchWords').equals(firstNameWord).limit(200).toArray() : [],
    ]);
    const contacts = contactCandidates.flat().filter((c) => !c.deletedAt);
    const accountIds = [...new Set(contacts.map((c) => c.accountId).filter((id): id is NonNullable<typeof id> => Boolean(id)))];
    const accounts = new Map((await this.db.accounts.bulkGet(accountIds)).filter((a) => a).map((a) => [a!.id, a!.name]));
    for (const contact of contacts) {
      if (matches.has(contact.id)) continue;
      const company = (contact.accountId && accounts.get(contact.accountId)) || '';
      const nameKey = duplicateNameKey(contact.fullName, company);
      const reasons = duplicateReasons(probe, { emailKeys: contact.emailKeys, phoneKeys: contact.phoneKeys, nameKey });
      if (reasons.length) matches.set(contact.id, { record: { recordType: 'contact', id: contact.id, name: contact.fullName, company }, reasons });
    }
    return [...matches.values()].slice(0, MAX_DUPLICATES_SHOWN);
  }

  /** Moves the lead to the recycle bin; `restore` undoes it. */
  async softDelete(id: LeadId): Promise<void> {
    await this.db.transaction('rw', this.db.leads, async () => {
      const current = await this.db.leads.get(id);
      if (!current) throw new NotFoundError('The lead');
      if (!current.deletedAt) await this.db.leads.put(softDeleted(current, this.now()));
    });
  }

  async softDeleteMany(ids: readonly LeadId[]): Promise<void> {
    for (const chunk of chunks(ids)) {
      await this.db.transaction('rw', this.db.leads, async () => {
        const now = this.now();
        const current = await this.db.leads.bulkGet(chunk);
        await this.db.leads.bulkPut(current.filter((l): l is Lead => Boolean(l && !l.deletedAt)).map((l) => softDeleted(l, now)));
      });
    }
  }

  async restore(id: LeadId): Promise<void> {
    await this.db.transaction('rw', this.db.leads, async () => {
      const current = await this.db.leads.get(id);
      if (!current) throw new NotFoundError('The lead');
      if (current.deletedAt) await this.db.leads.put(restored(current, this.now()));
    });
  }

  /** The recycle bin, most recently deleted first (the `deletedAt` index holds only deleted leads). */
  async recycleBin(): Promise<Lead[]> {
    return this.db.leads.orderBy('deletedAt').reverse().toArray();
  }

  /** Removes a deleted lead for good, with its history and photo. Live leads are never purged. */
  async purge(id: LeadId): Promise<void> {
    await this.db.transaction('rw', [this.db.leads, this.db.activities, this.db.leadPhotos], async () => {
      const current = await this.db.leads.get(id);
      if (!current?.deletedAt) return;
      await this.db.activities.where('[recordType+recordId]').equals(['lead', id]).delete();
      await this.db.leadPhotos.delete(id);
      await this.db.leads.delete(id);
    });
  }


  async photoOf(id: LeadId): Promise<LeadPhoto | undefined> {
    return this.db.leadPhotos.get(id);
  }
}

/**
 * Leads in the order their sort index gives them (`sorted`): key, then id, both reversed for
 * "newest first" (a reversed index walks equal keys by descending primary key too). Leads
 * without the sort key (deleted ones) are not in the index and are left out.
 */
function inListOrder(leads: readonly Lead[], sort: LeadSort): Lead[] {
  const key = (l: Lead): string | number | undefined => (sort === 'fileAs' ? l.sortName : sort === 'company' ? l.sortCompany : l.sortCreated);
  const sign = sort === 'fileAs' || sort === 'company' ? 1 : -1;
  return leads
    .filter((l) => key(l) !== undefined)
    .sort((a, b) => {
      const ka = key(a)!;
      const kb = key(b)!;
      return (ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
    });
}

type WalkResult = { leads: Lead[]; passed: number; checked: number };

/** A total from the part of the candidates that was checked: those that held, scaled to all of them. */
function estimate(candidates: number, walk: WalkResult): number {
  return walk.checked ? Math.max(walk.passed, Math.round((candidates * walk.passed) / walk.checked)) : walk.leads.length;
}

type ScoreIndex = { scores: number[]; scoredIds: LeadId[] };

/**
 * Highest score first; leads nobody scored follow in the order they came (newest first), and
 * equal scores (many leads share one) keep that order too.
 */
function inScoreOrder(ids: LeadId[], { scores, scoredIds }: ScoreIndex): LeadId[] {
  const aligned = scores.length === scoredIds.length;
  const rank = new Map(ids.map((id, i) => [id, i]));
  const head = scoredIds
    .map((id, i) => ({ id, score: aligned ? (scores[i] as number) : i, at: rank.get(id) }))
    .filter((row): row is { id: LeadId; score: number; at: number } => row.at !== undefined)
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .map((row) => row.id);
  const placed = new Set(head);
  return [...head, ...ids.filter((id) => !placed.has(id))];
}
