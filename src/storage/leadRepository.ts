import { emailActivity } from '../domain/activity';
import { duplicateProbe, duplicateReasons, type LeadDuplicate } from '../domain/duplicates';
import { normalizeEmail } from '../domain/email';
import { foldedWords } from '../domain/fold';
import { newId } from '../domain/ids';
import { applyLeadEdit, buildLead, duplicateNameKey, restored, softDeleted, validateLead, type LeadInput } from '../domain/lead';
import { hasFilters, matchesFilters, matchesTerms, narrowestTerm, searchTerms, type LeadQuery, type LeadSort } from '../domain/leadQuery';
import type { MailMessage } from '../domain/mailMessage';
import type { ActivityId, Lead, LeadId, LeadPhoto } from '../domain/types';
import type { LeadPaneDb } from './db';
import { countDisqualified, excludesDisqualified, narrowByWorkflow } from './leadNarrowing';
import { ConflictError, NotFoundError, ValidationError } from './errors';

export { ActivityRepository, type LogEmailResult } from './activityRepository';

/** Bulk writes go in chunks of this many records per transaction (see docs/architecture.md). */
export const BULK_CHUNK_SIZE = 2000;

/** `items` cut into runs of `size` (the last may be shorter), for one transaction each. */
export function chunks<T>(items: readonly T[], size = BULK_CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
/** Search results up to this many are sorted as asked; larger ones keep the word index's order. */
export const SEARCH_SORT_LIMIT = 5000;
/** The duplicate warning lists at most this many records. */
export const MAX_DUPLICATES_SHOWN = 20;

export type EmailToLink = { message: MailMessage; replyText: string };

/** The first rows of a query, and how many match: enough to paint the list at once. */
export type LeadPage = { leads: Lead[]; total: number };

/** What a save does to the lead's photo; absent leaves it as it is. */
export type PhotoChange = { kind: 'set'; photo: Omit<LeadPhoto, 'leadId'> } | { kind: 'remove' };

export class LeadRepository {
  constructor(private readonly db: LeadPaneDb, private readonly now: () => number = Date.now) {}

  private async validate(input: LeadInput): Promise<void> {
    const fields = await this.db.customFields.toArray();
    const errors = validateLead(input, fields.filter((f) => !f.deletedAt));
    if (errors.length) throw new ValidationError(errors);
  }

  /** Saves a new lead and, when given, links the email it came from, in one transaction. */
  /** Writes the lead, its first history item and its photo in one transaction: all or nothing. */
  async create(input: LeadInput, email?: EmailToLink, photo?: PhotoChange): Promise<Lead> {
    await this.validate(input);
    const now = this.now();
    const lead = buildLead(newId<LeadId>(), input, now);
    await this.db.transaction('rw', [this.db.leads, this.db.activities, this.db.leadPhotos], async () => {
      await this.db.leads.add(lead);
      if (email) {
        await this.db.activities.add(emailActivity(newId<ActivityId>(), 'lead', lead.id, email.message, email.replyText, now));
      }
      await this.writePhoto(lead.id, photo);
    });
    return lead;
  }

  /**
   * Saves an edit made on top of `baseRev`. When another pane saved since, nothing is written
   * and a ConflictError carries the stored lead; passing its rev again overwrites knowingly.
   */
  /** Saves an edit based on `baseRev` (a newer stored rev is a conflict), with its photo change. */
  async update(id: LeadId, input: LeadInput, baseRev: number, photo?: PhotoChange): Promise<Lead> {
    await this.validate(input);
    return this.db.transaction('rw', this.db.leads, this.db.leadPhotos, async () => {
      const current = await this.db.leads.get(id);
      if (!current || current.deletedAt) throw new NotFoundError('The lead');
      if (current.rev !== baseRev) throw new ConflictError(current);
      const next = applyLeadEdit(current, input, this.now());
      await this.db.leads.put(next);
      await this.writePhoto(id, photo);
      return next;
    });
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

  /** Live leads: only they carry `sortCreated`, so this is an index count. */
  async count(): Promise<number> {
    return this.db.leads.orderBy('sortCreated').count();
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
    if (!searchTerms(query.text).length && !hasFilters(query.filters) && !assigneeFilter && query.sort !== 'score') {
      // Workflow (#6): the default view skips disqualified leads, still straight from the sort index.
      const hide = excludesDisqualified(query.filters, false);
      const [leads, total, hidden] = await Promise.all([
        (hide ? this.sorted(query.sort).filter((l) => l.status !== 'disqualified') : this.sorted(query.sort)).limit(limit).toArray(),
        this.sorted(query.sort).count(),
        hide ? countDisqualified(this.db) : 0,
      ]);
      return { leads, total: total - hidden };
    }
    const ids = await this.matchingIds(query);
    const leads = (await this.getMany(ids.slice(0, limit))).filter((l): l is Lead => Boolean(l));
    return { leads, total: ids.length };
  }

  /**
   * Every live lead matching the query, in list order: the list pages through these ids by
   * range, and "select all" resolves to them. Text terms are prefix look-ups on the folded word
   * and email indexes; filters are checked on the matched records.
   */
  async matchingIds(query: LeadQuery): Promise<LeadId[]> {
    const ids = await narrowByWorkflow(this.db, await this.textAndFieldMatches(query), query.filters, searchTerms(query.text).length > 0);
    return query.sort === 'score' ? this.inScoreOrder(ids) : ids;
  }

  /**
   * Highest score first, from the scores table's `score` index (no score record is read); leads
   * nobody scored follow in the order they came (newest first).
   */
  private async inScoreOrder(ids: LeadId[]): Promise<LeadId[]> {
    // Scores and their lead ids from the one index. No explicit transaction: this runs inside live
    // queries (see ScoringRepository.scoreOf); a write landing between the two reads shows as
    // a length mismatch, and the live query runs again after that write anyway.
    const byScore = this.db.leadScores.orderBy('score');
    const [scores, scoredIds] = await Promise.all([byScore.keys(), byScore.primaryKeys()]);
    const aligned = scores.length === scoredIds.length;
    // Equal scores (many leads share one) keep the order `ids` came in: newest first.
    const rank = new Map(ids.map((id, i) => [id, i]));
    const head = scoredIds
      .map((id, i) => ({ id: id as LeadId, score: aligned ? (scores[i] as number) : i, at: rank.get(id as LeadId) }))
      .filter((row): row is { id: LeadId; score: number; at: number } => row.at !== undefined)
      .sort((a, b) => b.score - a.score || a.at - b.at)
      .map((row) => row.id);
    const placed = new Set(head);
    return [...head, ...ids.filter((id) => !placed.has(id))];
  }

  private async textAndFieldMatches(query: LeadQuery): Promise<LeadId[]> {
    const terms = searchTerms(query.text);
    if (!terms.length) {
      if (!hasFilters(query.filters)) return (await this.sorted(query.sort).primaryKeys()) as LeadId[];
      return (await this.sorted(query.sort).filter((l) => matchesFilters(query.filters, l)).primaryKeys()) as LeadId[];
    }
    const term = narrowestTerm(terms)!;
    const [byWord, byEmail] = await Promise.all([
      this.db.leads.where('searchWords').startsWith(term).primaryKeys(),
      this.db.leads.where('emailKeys').startsWith(term).primaryKeys(),
    ]);
    let ids = [...new Set([...byWord, ...byEmail])] as LeadId[];
    const needsRecords = terms.length > 1 || hasFilters(query.filters) || ids.length <= SEARCH_SORT_LIMIT;
    if (!needsRecords) return ids;
    const records: Lead[] = [];
    for (const chunk of chunks(ids)) {
      for (const lead of await this.db.leads.bulkGet(chunk)) {
        if (lead && matchesTerms(terms, lead) && matchesFilters(query.filters, lead)) records.push(lead);
      }
    }
    if (records.length <= SEARCH_SORT_LIMIT) sortInMemory(records, query.sort);
    ids = records.map((l) => l.id);
    return ids;
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

  /**
   * Validates and stores many leads in chunked transactions. A chunk with a bad record is
   * rejected whole before anything of it is written; chunks already written stay.
   */
  async bulkCreate(inputs: readonly LeadInput[], onProgress?: (done: number, total: number) => void): Promise<Lead[]> {
    const now = this.now();
    const leads: Lead[] = [];
    for (const input of inputs) {
      const errors = validateLead(input);
      if (errors.length) throw new ValidationError(errors);
      leads.push(buildLead(newId<LeadId>(), input, now));
    }
    let done = 0;
    for (const chunk of chunks(leads)) {
      await this.db.transaction('rw', this.db.leads, () => this.db.leads.bulkAdd(chunk));
      done += chunk.length;
      onProgress?.(done, leads.length);
    }
    return leads;
  }
}

function sortInMemory(leads: Lead[], sort: LeadSort): void {
  const key = (l: Lead): string | number =>
    sort === 'fileAs' ? (l.sortName ?? '') : sort === 'company' ? (l.sortCompany ?? '') : -(l.sortCreated ?? l.createdAt);
  leads.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
  });
}
