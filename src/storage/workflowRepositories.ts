import type { LeadPaneDb } from './db';
import { ConversionRepository } from './conversion/conversionRepository';
import { CrmRepository } from './customers/crmRepository';
import { DisqualifyReasonRepository } from './disqualify/disqualifyReasonRepository';
import { MarketingListRepository } from './marketing-lists/marketingListRepository';
import { MassEditRepository } from './bulk-edit/massEditRepository';
import { PeopleRepository } from './people/peopleRepository';

/** Issue #6's repositories, grouped so the shared `Repositories` grows by one field. */
export type WorkflowRepositories = {
  people: PeopleRepository;
  massEdit: MassEditRepository;
  conversion: ConversionRepository;
  crm: CrmRepository;
  lists: MarketingListRepository;
  reasons: DisqualifyReasonRepository;
};

export function createWorkflowRepositories(db: LeadPaneDb, now: () => number = Date.now): WorkflowRepositories {
  const people = new PeopleRepository(db, now);
  return {
    people,
    massEdit: new MassEditRepository(db, people, now),
    conversion: new ConversionRepository(db, now),
    crm: new CrmRepository(db, now),
    lists: new MarketingListRepository(db, now),
    reasons: new DisqualifyReasonRepository(db),
  };
}
