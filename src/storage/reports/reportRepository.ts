import { buildReport, type ReportNames, type ReportResult } from '../../domain/reports/buildReport';
import type { ReportDefinition } from '../../domain/reports/reportDefinition';
import type { LeadId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import type { LeadRepository } from '../leadRepository';
import { reportFacts } from './reportFacts';

export type ReportOutput = ReportResult & { names: ReportNames };

/**
 * Runs reports and charts. The leads a report covers are the Leads list's own matches for its
 * filters (`LeadRepository.matchingIds`: same rules, same index narrowing), disqualified ones
 * included unless a filter says otherwise; the figures come from index keys (`reportFacts`).
 */
export class ReportRepository {
  constructor(private readonly db: LeadPaneDb, private readonly leads: LeadRepository) {}

  /** The live leads a report with these filters covers. */
  leadIds(definition: Pick<ReportDefinition, 'filters'>): Promise<LeadId[]> {
    return this.leads.matchingIdsInAnyOrder({ text: '', sort: 'created', filters: { includeDisqualified: true, ...definition.filters } });
  }

  async run(definition: ReportDefinition): Promise<ReportOutput> {
    // Every read starts here, in the first tick: a live query observes only the reads issued
    // before Dexie's zone is lost to a native await, and the facts do not depend on the ids.
    const [ids, names, facts] = await Promise.all([this.leadIds(definition), this.names(), reportFacts(this.db, [], definition)]);
    return { ...buildReport(definition, { ...facts, ids }, names), names };
  }

  /** Owner group keys to names: people and teams are few, read whole. */
  async names(): Promise<ReportNames> {
    const [people, teams] = await Promise.all([this.db.people.toArray(), this.db.teams.toArray()]);
    return new Map([...people.map((p) => [`person:${p.id}`, p.name] as const), ...teams.map((t) => [`team:${t.id}`, t.name] as const)]);
  }
}
