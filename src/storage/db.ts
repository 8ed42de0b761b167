import Dexie, { type EntityTable } from 'dexie';
import type {
  Account, Activity, Contact, Criterion, Lead, ListMember, MarketingList, Opportunity, Person,
  SavedReport, Setting, Team,
} from '../domain/types';
import type { LeadScore } from '../domain/leadScore';
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
 * Version 3: lead scores in their own small table. Rescoring rewrites every score when the
 * criteria change, so the record is small and carries one plain index, the effective score the
 * by-score view sorts on (a stars filter is a range of it). Leads nobody scored have no row: their
 * score is the all-unticked one.
 */
export const SCHEMA_V3 = {
  leadScores: 'leadId, score',
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
  leadScores!: EntityTable<LeadScore, 'leadId'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
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
  }
}

/**
 * Outlook on the web partitions browser storage per add-in instance and says so through
 * `Office.context.partitionKey`; the key goes in front of the name so instances never share data.
 */
export function databaseName(partitionKey: string | null | undefined): string {
  return partitionKey ? `${partitionKey}_${DATABASE_BASE_NAME}` : DATABASE_BASE_NAME;
}
