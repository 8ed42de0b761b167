import type { LeadPaneDb } from './db';
import { ConversionRepository } from './conversion/conversionRepository';
import { CrmRepository } from './customers/crmRepository';
import { DisqualifyReasonRepository } from './disqualify/disqualifyReasonRepository';
import { MarketingListRepository } from './marketing-lists/marketingListRepository';
import { MassEditRepository } from './bulk-edit/massEditRepository';
import { PeopleRepository } from './people/peopleRepository';
import { BulkJobRepository } from './bulk-jobs/bulkJobRepository';

/** Issue #6's repositories, grouped so the shared `Repositories` grows by one field. */
export type WorkflowRepositories = {
  people: PeopleRepository;
  massEdit: MassEditRepository;
  conversion: ConversionRepository;
  crm: CrmRepository;
  lists: MarketingListRepository;
  reasons: DisqualifyReasonRepository;
  /** Markers of the bulk jobs above (mass edit, add to list), one session for the pane. */
  jobs: BulkJobRepository;
};

export function createWorkflowRepositories(db: LeadPaneDb, now: () => number = Date.now): WorkflowRepositories {
  const people = new PeopleRepository(db, now);
  const jobs = new BulkJobRepository(db, now);
  return {
    people,
    jobs,
    massEdit: new MassEditRepository(db, people, now, undefined, jobs),
    conversion: new ConversionRepository(db, now),
    crm: new CrmRepository(db, now),
    lists: new MarketingListRepository(db, now, jobs),
    reasons: new DisqualifyReasonRepository(db),
  };
}
