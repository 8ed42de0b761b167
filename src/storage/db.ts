import Dexie, { type EntityTable } from 'dexie';
import { websiteDomain } from '../domain/email';
import type { EditBatchChunk } from './bulk-edit/editBatch';
import type { FormDraft } from '../domain/form-drafts/formDraft';
import type { ImportBatchChunk } from './import-export/importBatch';
import { ACTIVITY_DETAIL_DEFAULTS } from '../domain/activity';
import { defaultFileAsStyle, fileAsText } from '../domain/fileAs';
import { leadBody, withDerivedKeys } from '../domain/lead';
import { accountWithoutFormatCharacters, contactWithoutFormatCharacters, leadWithoutFormatCharacters } from '../domain/formatCharacterRepair';
import type {
  Account, Activity, Contact, Criterion, CustomFieldDef, Lead, LeadPhoto, ListMember, MarketingList, Opportunity, Person,
  SavedReport, Setting, Team,
} from '../domain/types';
import type { LeadScore } from '../domain/leadScore';
import { syncOutboxMiddleware, type OutboxRow, type OutboxTracking } from './sync/syncOutbox';
import type { SyncBase } from './sync/syncBase';
import { IMPORTANCES } from '../domain/scoring';
import type { Importance } from '../domain/types';

export const DATABASE_BASE_NAME = 'leadpane';

/**
 * Version 1 of the schema. A released version is never edited: changes go in a new
 * `version(n)` with an upgrade, and a test that opens the old version with data.
 * Only indexes that a query uses are declared, because every index costs on each write.
 */
export const SCHEMA_V1 = {
  leads: 'id, createdAt, *searchWords, *emailKeys, *phoneKeys',
  contacts: 'id, createdAt, accountId, *searchWords, *emailKeys, *phoneKeys',
  accounts: 'id, *searchWords',
  opportunities: 'id, accountId, contactId, fromLeadId',
  activities: 'id, [recordType+recordId], internetMessageId',
  criteria: 'id, order',
  people: 'id, email',
  teams: 'id',
  marketingLists: 'id',
  listMembers: 'id, &[listId+memberId], memberId',
  savedReports: 'id',
  settings: 'key',
} as const;

/**
 * Version 2: the full lead record. Leads gain Vietnamese-collated sort keys (the list reads them
 * in order from the index), a folded name+company key for the duplicate check, and a
 * `deletedAt` index for the recycle bin (live leads have `deletedAt: null`, which IndexedDB
 * does not index, so the bin's index holds only deleted leads). Photos and custom field
 * definitions get their own tables.
 */
export const SCHEMA_V2 = {
  leads: 'id, createdAt, deletedAt, *searchWords, *emailKeys, *phoneKeys, sortName, sortCompany, sortCreated, dupKey',
  customFields: 'id, order',
  leadPhotos: 'leadId',
} as const;

/** Fills the version-2 fields of a version-1 lead; exported so the upgrade test can name the defaults. */
export function upgradeLeadToV2(old: Lead): Lead {
  const stored = old as Partial<Lead> & Lead;
  const fileAsStyle = stored.fileAsStyle ?? defaultFileAsStyle(old.fullName ?? '');
  // Version-1 records written by other code may lack fields: every one gets its empty value.
  return withDerivedKeys({
    ...leadBody(old),
    fullName: old.fullName ?? '',
    jobTitle: old.jobTitle ?? '',
    company: old.company ?? '',
    website: old.website ?? '',
    source: old.source ?? '',
    notes: old.notes ?? '',
    status: old.status ?? 'open',
    rating: old.rating ?? null,
    ownerId: old.ownerId ?? null,
    createdAt: old.createdAt ?? 0,
    updatedAt: old.updatedAt ?? old.createdAt ?? 0,
    rev: old.rev ?? 1,
    fileAsStyle,
    fileAs: stored.fileAs ?? fileAsText(old.fullName ?? '', old.company ?? '', fileAsStyle),
    accountId: stored.accountId ?? null,
    initiatedBy: stored.initiatedBy ?? null,
    customValues: stored.customValues ?? {},
    // A record with keys but no entries (written by older code) keeps its addresses as entries.
    emails: old.emails ?? (old.emailKeys ?? []).map((address) => ({ address, label: 'work' as const })),
    phones: old.phones ?? (old.phoneKeys ?? []).map((number) => ({ number, kind: 'work' as const })),
    addresses: old.addresses ?? [],
    deletedAt: old.deletedAt ?? null,
  });
}

/**
 * Version 3: lead scores in their own small table. Rescoring rewrites every score when the
 * criteria change, so the record is small and carries one plain index, the effective score the
 * by-score view sorts on (a stars filter is a range of it). Leads nobody scored have no row: their
 * score is the all-unticked one.
 */
export const SCHEMA_V3 = {
  leadScores: 'leadId, score',
} as const;

/**
 * Version 4 (issue #6, workflow): assignment and status indexes for the list filters and
 * "select all" (null is not indexed, so `teamId` and `ownerId` cost nothing on unassigned leads;
 * `deletedAt` comes from v2), account domains for the duplicate check, and the undo
 * records of mass edits.
 */
export const SCHEMA_V4 = {
  // Built on the previous leads spec: a version's spec replaces the table's indexes whole.
  leads: `${SCHEMA_V2.leads}, ownerId, teamId, status`,
  accounts: `${SCHEMA_V1.accounts}, domain`,
  editBatches: 'id, batchId',
} as const;

/**
 * Version 5: a `region` index on leads, read by the region filter and chart and for the region
 * picker's list of regions in use (`orderBy('region').uniqueKeys()`). A lead without a region has
 * no `region` property, so it costs the index nothing.
 */
export const SCHEMA_V5 = {
  leads: `${SCHEMA_V4.leads}, region`,
} as const;

/**
 * Version 6: team sync's local state. `syncOutbox` (written by `sync/syncOutbox.ts`'s middleware
 * in the same transaction as a change) lists the documents that have to go up; `syncBase` keeps,
 * per shared document, the server revision this pane last agreed with and the local rev it wrote
 * then (the common ancestor of the next merge); `syncMeta` the engine's checkpoints. Nothing is
 * rewritten: the tables start empty and stay so without a team server.
 */
export const SCHEMA_V6 = {
  syncOutbox: '++seq, key',
  syncBase: 'key',
  syncMeta: 'key',
} as const;

/**
 * Version 7: the undo records of imports (`import-export/importBatch.ts`), one row per chunk of
 * 2,000 rows written in that chunk's transaction: the ids of the leads it created and the
 * before-values of the leads it filled. Nothing is rewritten; the table starts empty.
 */
export const SCHEMA_V7 = {
  importBatches: 'id, batchId',
} as const;

/**
 * Version 8 (reports, #16): `rating` and `source` indexes on leads, so reports, charts and the
 * list's chips group and filter by them from index keys instead of reading every lead. A lead
 * without a rating (null) costs the index nothing. IndexedDB fills a new index from the stored
 * records itself: nothing is rewritten.
 */
export const SCHEMA_V8 = {
  leads: `${SCHEMA_V5.leads}, rating, source`,
} as const;

/**
 * Version 9 (search by what a salesperson has in hand, #14): `findWords` on leads, the job title,
 * address, region and domain words and the phone digit runs the list finds a lead by
 * (`domain/findWords.ts`). Unlike earlier versions this one rewrites every live lead once: a
 * lead without the key could not be found by its phone at all.
 */
export const SCHEMA_V9 = {
  leads: `${SCHEMA_V8.leads}, *findWords`,
} as const;

/** The version-9 key of a stored lead; records written by other code may lack list fields. */
export function upgradeLeadToV9(lead: Lead): Lead {
  if (lead.deletedAt) return lead;
  const { findWords } = withDerivedKeys({
    ...leadBody(lead),
    fullName: lead.fullName ?? '', company: lead.company ?? '', jobTitle: lead.jobTitle ?? '', website: lead.website ?? '',
    fileAs: lead.fileAs ?? '', emails: lead.emails ?? [], phones: lead.phones ?? [], addresses: lead.addresses ?? [],
  });
  return { ...lead, findWords: findWords ?? [] };
}

/**
 * Version 10 (nothing typed is ever lost, #14): `formDrafts`, what the user typed into a lead form
 * and has not saved, one row per form (`domain/form-drafts/formDraft.ts#formDraftKey`). Looked up
 * by key only. Nothing is rewritten; the table starts empty.
 */
export const SCHEMA_V10 = {
  formDrafts: 'key',
} as const;

/**
 * Version 11 (#13, #15): records stored before names, companies and contact details lost their
 * format characters (bidi overrides, zero-width spaces) are cleaned as a save cleans them now
 * (`domain/formatCharacterRepair.ts`; only the few that have any are rewritten), and opportunities
 * drop two indexes no query reads (`contactId`, `fromLeadId`: each was one more key per write).
 */
export const SCHEMA_V11 = {
  opportunities: 'id, accountId',
} as const;

/**
 * Tables that hold this device's work in progress, not the user's data: never in a backup, and a
 * restore neither reads nor clears them (a draft belongs to the machine it was typed on; restored
 * over another machine's data it would be someone else's edit). Team sync lists the tables it
 * shares (`sync/syncOutbox.ts#SYNCED_TABLES`), so it never sees them either.
 */
export const DEVICE_ONLY_TABLES: readonly string[] = ['formDrafts'];

/**
 * Each version's `stores()`, in order (index 0 is version 1). A restore opens an older backup at
 * its own version from these and lets the upgrades below run on it; add every new version here.
 */
export const STORES_BY_VERSION: readonly Readonly<Record<string, string | null>>[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11];

export class LeadPaneDb extends Dexie {
  leads!: EntityTable<Lead, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  opportunities!: EntityTable<Opportunity, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  criteria!: EntityTable<Criterion, 'id'>;
  people!: EntityTable<Person, 'id'>;
  teams!: EntityTable<Team, 'id'>;
  marketingLists!: EntityTable<MarketingList, 'id'>;
  listMembers!: EntityTable<ListMember, 'id'>;
  savedReports!: EntityTable<SavedReport, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  editBatches!: EntityTable<EditBatchChunk, 'id'>;
  customFields!: EntityTable<CustomFieldDef, 'id'>;
  leadPhotos!: EntityTable<LeadPhoto, 'leadId'>;
  leadScores!: EntityTable<LeadScore, 'leadId'>;
  syncOutbox!: EntityTable<OutboxRow, 'seq'>;
  syncBase!: EntityTable<SyncBase, 'key'>;
  syncMeta!: EntityTable<Setting, 'key'>;
  importBatches!: EntityTable<ImportBatchChunk, 'id'>;
  formDrafts!: EntityTable<FormDraft, 'key'>;
  /** Off until a team server is configured: then every synced write also writes the outbox. */
  readonly syncTracking: OutboxTracking = { enabled: false };

  constructor(name: string) {
    super(name);
    this.use(syncOutboxMiddleware(this.syncTracking));
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx.table<Lead, string>('leads').toCollection().modify((lead, ref) => {
          ref.value = upgradeLeadToV2(lead);
        });
        await tx.table<Activity, string>('activities').toCollection().modify((activity) => {
          for (const [key, value] of Object.entries(ACTIVITY_DETAIL_DEFAULTS)) {
            if (!(key in activity)) (activity as Record<string, unknown>)[key] = value;
          }
        });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // Criteria written before scoring existed may lack an importance or the record fields.
        await tx
          .table('criteria')
          .toCollection()
          .modify((criterion: Partial<Criterion>) => {
            if (!IMPORTANCES.includes(criterion.importance as Importance)) criterion.importance = 'normal';
            criterion.deletedAt ??= null;
            criterion.rev ??= 1;
          });
      });
    // Leads and activities are not rewritten: the workflow fields are optional and read as
    // null when absent, and rewriting 100,000 leads would cost the user about a minute.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        await tx.table<Account>('accounts').toCollection().modify((account) => {
          account.domain ??= websiteDomain(account.website ?? '');
          account.phones ??= [];
          account.notes ??= '';
          account.fromLeadId ??= null;
        });
        await tx.table<Contact>('contacts').toCollection().modify((contact) => {
          contact.notes ??= '';
          contact.addresses ??= [];
          contact.website ??= '';
        });
        await tx.table<Opportunity>('opportunities').toCollection().modify((opportunity) => {
          opportunity.productsOfInterest ??= '';
          opportunity.notes ??= '';
        });
      });
    // No upgrade: leads are not rewritten (about a minute for 100,000 of them); a lead gets its
    // region when a user or a mass edit sets one, and absent reads as ''.
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
    this.version(8).stores(SCHEMA_V8);
    this.version(9)
      .stores(SCHEMA_V9)
      .upgrade(async (tx) => {
        await tx.table<Lead, string>('leads').toCollection().modify((lead, ref) => {
          ref.value = upgradeLeadToV9(lead);
        });
      });
    this.version(10).stores(SCHEMA_V10);
    this.version(11)
      .stores(SCHEMA_V11)
      .upgrade(async (tx) => {
        await tx.table<Lead, string>('leads').filter((lead) => leadWithoutFormatCharacters(lead) !== null).modify((lead, ref) => {
          ref.value = leadWithoutFormatCharacters(lead) ?? lead;
        });
        await tx.table<Contact, string>('contacts').filter((contact) => contactWithoutFormatCharacters(contact) !== null).modify((contact, ref) => {
          ref.value = contactWithoutFormatCharacters(contact) ?? contact;
        });
        await tx.table<Account, string>('accounts').filter((account) => accountWithoutFormatCharacters(account) !== null).modify((account, ref) => {
          ref.value = accountWithoutFormatCharacters(account) ?? account;
        });
      });
  }
}

/**
 * Outlook on the web partitions browser storage per add-in instance and says so through
 * `Office.context.partitionKey`; the key goes in front of the name so instances never share data.
 */
export function databaseName(partitionKey: string | null | undefined): string {
  return partitionKey ? `${partitionKey}_${DATABASE_BASE_NAME}` : DATABASE_BASE_NAME;
}
