import Dexie, { type EntityTable } from 'dexie';
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

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

/**
 * Outlook on the web partitions browser storage per add-in instance and says so through
 * `Office.context.partitionKey`; the key goes in front of the name so instances never share data.
 */
export function databaseName(partitionKey: string | null | undefined): string {
  return partitionKey ? `${partitionKey}_${DATABASE_BASE_NAME}` : DATABASE_BASE_NAME;
}
