import Dexie from 'dexie';
import { foldText } from '../../domain/fold';
import { newId } from '../../domain/ids';
import type { ContactId, LeadId, ListMember, MarketingList, MarketingListId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import { chunks } from '../leadRepository';
import type { Progress } from '../bulk-edit/massEditRepository';
import { WorkflowError } from '../shared/workflowError';
import { BulkJobRepository } from '../bulk-jobs/bulkJobRepository';
import type { BulkJobMarker } from '../bulk-jobs/bulkJobMarker';

export const MAX_LIST_NAME_LENGTH = 120;

export type MemberRef = { memberId: string; memberType: ListMember['memberType'] };
export type ListWithCount = MarketingList & { memberCount: number };
export type MemberView = ListMember & { name: string; detail: string };

/** The member row id is derived from list and member, so adding someone twice is a no-op. */
function memberRowId(listId: MarketingListId, memberId: string): string {
  return `${listId}|${memberId}`;
}

function range(listId: MarketingListId): [unknown[], unknown[]] {
  return [[listId, Dexie.minKey], [listId, Dexie.maxKey]];
}

export class MarketingListRepository {
  constructor(
    private readonly db: LeadPaneDb,
    private readonly now: () => number = Date.now,
    /** The pane's bulk job markers, shared with the other bulk jobs. */
    private readonly jobs: BulkJobRepository = new BulkJobRepository(db, now),
  ) {}

  async lists(): Promise<ListWithCount[]> {
    const lists = (await this.db.marketingLists.toArray()).filter((l) => !l.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
    return Promise.all(lists.map(async (l) => ({ ...l, memberCount: await this.db.listMembers.where('[listId+memberId]').between(...range(l.id), true, true).count() })));
  }

  private async cleanName(name: string, exceptId?: MarketingListId): Promise<string> {
    const clean = name.trim();
    if (!clean) throw new WorkflowError('listNameRequired');
    if (clean.length > MAX_LIST_NAME_LENGTH) throw new WorkflowError('tooLong', { max: MAX_LIST_NAME_LENGTH });
    const folded = foldText(clean);
    const all = await this.db.marketingLists.toArray();
    if (all.some((l) => !l.deletedAt && l.id !== exceptId && foldText(l.name) === folded)) throw new WorkflowError('listNameTaken', { value: clean });
    return clean;
  }

  async create(name: string): Promise<MarketingList> {
    const clean = await this.cleanName(name);
    const now = this.now();
    const list: MarketingList = { id: newId<MarketingListId>(), name: clean, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
    await this.db.marketingLists.add(list);
    return list;
  }

  async rename(id: MarketingListId, name: string): Promise<void> {
    const clean = await this.cleanName(name, id);
    await this.db.marketingLists.where('id').equals(id).modify((l) => {
      Object.assign(l, { name: clean, updatedAt: this.now(), rev: l.rev + 1 });
    });
  }

  /** Soft delete keeps the members, so `restore` brings the list back whole. */
  async remove(id: MarketingListId): Promise<void> {
    const now = this.now();
    await this.db.marketingLists.update(id, { deletedAt: now, updatedAt: now });
  }

  async restore(id: MarketingListId): Promise<void> {
    await this.db.marketingLists.update(id, { deletedAt: null, updatedAt: this.now() });
  }

  /**
   * Adds members in chunks; returns how many were new to the list. Each new member row names the
   * job, and the job's marker commits with each chunk: cut off part-way, it is reported on the next
   * open with `undoAdd`.
   */
  async addMembers(listId: MarketingListId, members: readonly MemberRef[], onProgress?: Progress): Promise<number> {
    const list = await this.db.marketingLists.get(listId);
    if (!list || list.deletedAt) throw new WorkflowError('listGone');
    let added = 0;
    let done = 0;
    const job = await this.jobs.begin({ kind: 'addToList', total: members.length, detail: { listId, name: list.name } });
    try {
      for (const chunk of chunks(members)) {
        await this.db.transaction('rw', this.db.listMembers, this.db.settings, async () => {
          const rows: ListMember[] = chunk.map((m) => ({ id: memberRowId(listId, m.memberId), listId, memberId: m.memberId, memberType: m.memberType, addedAt: this.now(), jobId: job.id }));
          const existing = await this.db.listMembers.bulkGet(rows.map((r) => r.id));
          const fresh = rows.filter((_, i) => !existing[i]);
          await this.db.listMembers.bulkAdd(fresh);
          await job.progress(done + chunk.length, added + fresh.length);
          added += fresh.length;
        });
        done += chunk.length;
        onProgress?.(done, members.length);
      }
      await job.complete();
    } finally {
      job.stop();
    }
    return added;
  }

  /** The oldest "add to list" job that stopped part-way after adding someone; else null. */
  interruptedAdd(): Promise<BulkJobMarker | null> {
    return this.jobs.stoppedJob('addToList');
  }

  /** Removes the members a job added (those it found already there stay) and settles it; returns how many went. */
  async undoAdd(jobId: string): Promise<number> {
    const marker = await this.jobs.marker(jobId);
    const listId = (marker?.detail.listId ?? '') as MarketingListId;
    const rows = listId ? await this.db.listMembers.where('[listId+memberId]').between(...range(listId), true, true).toArray() : [];
    const ids = rows.filter((m) => m.jobId === jobId).map((m) => m.id);
    await this.db.listMembers.bulkDelete(ids);
    // Settled after the delete: cut off between the two, the undo is offered again and removes nothing more.
    await this.jobs.forget(jobId);
    return ids.length;
  }

  /** Keeps what a cut-off job added and stops reporting it. */
  async keepAdd(jobId: string): Promise<void> {
    await this.jobs.forget(jobId);
  }

  async removeMembers(listId: MarketingListId, memberIds: readonly string[]): Promise<void> {
    await this.db.listMembers.bulkDelete(memberIds.map((m) => memberRowId(listId, m)));
  }

  /** A list's members with their display names (leads and contacts). */
  async members(listId: MarketingListId): Promise<MemberView[]> {
    const rows = await this.db.listMembers.where('[listId+memberId]').between(...range(listId), true, true).toArray();
    const leadRows = rows.filter((r) => r.memberType === 'lead');
    const contactRows = rows.filter((r) => r.memberType === 'contact');
    const [leads, contacts] = await Promise.all([
      this.db.leads.bulkGet(leadRows.map((r) => r.memberId as LeadId)),
      this.db.contacts.bulkGet(contactRows.map((r) => r.memberId as ContactId)),
    ]);
    const views: MemberView[] = [
      ...leadRows.map((r, i) => ({ ...r, name: leads[i]?.fullName ?? '', detail: leads[i]?.company ?? '' })),
      ...contactRows.map((r, i) => ({ ...r, name: contacts[i]?.fullName ?? '', detail: contacts[i]?.emails[0]?.address ?? '' })),
    ];
    return views.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The live lists a lead or contact belongs to. */
  async listsOf(memberId: string): Promise<MarketingList[]> {
    const rows = await this.db.listMembers.where('memberId').equals(memberId).toArray();
    const lists = await this.db.marketingLists.bulkGet(rows.map((r) => r.listId));
    return lists.filter((l): l is MarketingList => Boolean(l && !l.deletedAt)).sort((a, b) => a.name.localeCompare(b.name));
  }
}
