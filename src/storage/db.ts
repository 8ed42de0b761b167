import Dexie, { type EntityTable } from 'dexie';
import { websiteDomain } from '../domain/workflow/duplicates';
import type { EditBatchChunk } from './workflow/editBatch';
import type {
  Account, Activity, Contact, Criterion, Lead, ListMember, MarketingList, Opportunity, Person,
  SavedReport, Setting, Team,
} from '../domain/types';

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
 * Version 4 (issue #6, workflow): assignment, status and soft-delete indexes for the list
 * filters and "select all" (null is not indexed, so `teamId`, `ownerId` and `deletedAt` cost
 * nothing on unassigned live leads), account domains for the duplicate check, and the undo
 * records of mass edits.
 */
export const SCHEMA_V4 = {
  // Built on the previous leads spec: a version's spec replaces the table's indexes whole.
  leads: `${SCHEMA_V1.leads}, ownerId, teamId, status, deletedAt`,
  accounts: `${SCHEMA_V1.accounts}, domain`,
  editBatches: 'id, batchId',
} as const;

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

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
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
  }
}

/**
 * Outlook on the web partitions browser storage per add-in instance and says so through
 * `Office.context.partitionKey`; the key goes in front of the name so instances never share data.
 */
export function databaseName(partitionKey: string | null | undefined): string {
  return partitionKey ? `${partitionKey}_${DATABASE_BASE_NAME}` : DATABASE_BASE_NAME;
}
