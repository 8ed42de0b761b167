import type { Table } from 'dexie';
import type { ReportFacts } from '../../domain/reports/buildReport';
import type { ReportColumn, ReportDefinition } from '../../domain/reports/reportDefinition';
import { monthsBetween } from '../../domain/reports/reportMonths';
import type { LeadStatus } from '../../domain/types';
import type { LeadPaneDb } from '../db';

const STATUS_COLUMNS: readonly ReportColumn[] = ['qualified', 'disqualified', 'conversionRate'];

/** Which facts a definition needs; the others are not read. */
function needs(definition: Pick<ReportDefinition, 'groupBy' | 'columns' | 'sort'>) {
  const columns = new Set<string>([...definition.columns, definition.sort.by]);
  const groups = new Set<string>(definition.groupBy);
  return {
    status: groups.has('status') || STATUS_COLUMNS.some((c) => columns.has(c)),
    score: groups.has('scoreBand') || columns.has('averageScore'),
    value: columns.has('opportunityValue'),
  };
}

/**
 * Primary key -> index key for every record in `index`, read as one `uniqueKeys()` and one
 * `primaryKeys()` per distinct key: no record is read, and a few distinct values (regions,
 * owners, ratings) cost a few index reads.
 */
async function keyMap<T>(table: Table<T, string>, index: string, into = new Map<string, string>(), prefix = ''): Promise<Map<string, string>> {
  const keys = await table.orderBy(index).uniqueKeys();
  const idLists = await Promise.all(keys.map((key) => table.where(index).equals(key).primaryKeys()));
  keys.forEach((key, i) => {
    for (const id of idLists[i] ?? []) into.set(id, `${prefix}${String(key)}`);
  });
  return into;
}

async function monthMap(db: LeadPaneDb): Promise<Map<string, string>> {
  // `sortCreated` is on live leads only; its first and last keys bound the months.
  const [first] = await db.leads.orderBy('sortCreated').limit(1).keys();
  const [last] = await db.leads.orderBy('sortCreated').reverse().limit(1).keys();
  const map = new Map<string, string>();
  if (typeof first !== 'number' || typeof last !== 'number') return map;
  const months = monthsBetween(first, last);
  const idLists = await Promise.all(months.map((m) => db.leads.where('sortCreated').between(m.min, m.max, true, true).primaryKeys()));
  months.forEach((month, i) => {
    for (const id of idLists[i] ?? []) map.set(id, month.key);
  });
  return map;
}

async function scoreMap(db: LeadPaneDb): Promise<Map<string, number>> {
  const keys = await keyMap(db.leadScores as unknown as Table<unknown, string>, 'score');
  return new Map([...keys].map(([id, score]) => [id, Number(score)]));
}

async function opportunityValues(db: LeadPaneDb): Promise<Map<string, number>> {
  // Opportunities are few next to leads (one per qualified lead at most): read them whole.
  const values = new Map<string, number>();
  for (const opportunity of await db.opportunities.toArray()) {
    if (opportunity.deletedAt || !opportunity.fromLeadId || !opportunity.estimatedValue) continue;
    values.set(opportunity.fromLeadId, (values.get(opportunity.fromLeadId) ?? 0) + opportunity.estimatedValue);
  }
  return values;
}

/** The facts `buildReport` needs for `ids`, from index keys only (and the opportunities table). */
export async function reportFacts(db: LeadPaneDb, ids: readonly string[], definition: Pick<ReportDefinition, 'groupBy' | 'columns' | 'sort'>): Promise<ReportFacts> {
  const need = needs(definition);
  const leads = db.leads as unknown as Table<unknown, string>;
  const groups = new Set(definition.groupBy);
  const [owner, rating, region, source, createdMonth, status, score, opportunityValue] = await Promise.all([
    // One assignee at a time; a person wins over a team like `ownerKey` says.
    groups.has('owner') ? keyMap(leads, 'teamId', new Map(), 'team:').then((teams) => keyMap(leads, 'ownerId', teams, 'person:')) : undefined,
    groups.has('rating') ? keyMap(leads, 'rating') : undefined,
    groups.has('region') ? keyMap(leads, 'region') : undefined,
    groups.has('source') ? keyMap(leads, 'source') : undefined,
    groups.has('createdMonth') ? monthMap(db) : undefined,
    need.status ? keyMap(leads, 'status') : new Map<string, string>(),
    need.score ? scoreMap(db) : new Map<string, number>(),
    need.value ? opportunityValues(db) : new Map<string, number>(),
  ]);
  const keys: ReportFacts['keys'] = {};
  if (owner) keys.owner = owner;
  if (rating) keys.rating = rating;
  if (region) keys.region = region;
  if (source) keys.source = source;
  if (createdMonth) keys.createdMonth = createdMonth;
  return { ids, keys, status: status as Map<string, LeadStatus>, score, opportunityValue };
}
