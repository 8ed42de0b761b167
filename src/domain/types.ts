import type { DefaultCriterionKey } from './defaultCriteria';
import type { FieldConflict } from './sync/threeWayMerge';

/** Branded ids keep values apart: a LeadId cannot be passed where an AccountId is expected. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type LeadId = Brand<string, 'LeadId'>;
export type ContactId = Brand<string, 'ContactId'>;
export type AccountId = Brand<string, 'AccountId'>;
export type OpportunityId = Brand<string, 'OpportunityId'>;
export type ActivityId = Brand<string, 'ActivityId'>;
export type CriterionId = Brand<string, 'CriterionId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type TeamId = Brand<string, 'TeamId'>;
export type MarketingListId = Brand<string, 'MarketingListId'>;

/** Every stored record carries these so edits from two panes can be detected and deletes undone. */
export type RecordMeta = {
  createdAt: number;
  updatedAt: number;
  /** Incremented on every write; a save based on an older rev is a conflict. */
  rev: number;
  /** Soft delete: set when the record is in the recycle bin. */
  deletedAt: number | null;
};

export type EmailLabel = 'work' | 'home' | 'other';
export type PhoneKind = 'work' | 'mobile' | 'fax' | 'home' | 'other';
export type AddressLabel = 'work' | 'home' | 'other';

export type EmailEntry = { address: string; label: EmailLabel };
export type PhoneEntry = { number: string; kind: PhoneKind };
export type AddressEntry = { text: string; label: AddressLabel; forMail: boolean };

export type LeadStatus = 'open' | 'qualified' | 'disqualified';
export type CustomFieldId = Brand<string, 'CustomFieldId'>;

/** How a lead is filed and sorted (BCM's "File as"). */
export type FileAsStyle = 'familyGiven' | 'givenFamily' | 'company' | 'asWritten';

/** Who referred the lead: another lead or a contact, with the name kept for display. */
export type InitiatedBy = { type: 'lead' | 'contact'; id: string; name: string };

/** A custom field value; dates are stored as `YYYY-MM-DD` so they never shift with time zones. */
export type CustomValue = string | number | boolean;
export type CustomFieldKind = 'text' | 'number' | 'date' | 'yesNo' | 'choice';
export type CustomFieldDef = RecordMeta & {
  id: CustomFieldId;
  name: string;
  kind: CustomFieldKind;
  /** The options of a `choice` field; empty for the other kinds. */
  choices: string[];
  order: number;
};

/**
 * Sort keys of a live lead. A soft-deleted lead has none of them (IndexedDB leaves records
 * without the key out of an index), so the list, search and duplicate look-ups see only live
 * leads without filtering, and the recycle bin reads the `deletedAt` index.
 */
export type LeadSortKeys = {
  sortName?: string;
  sortCompany?: string;
  sortCreated?: number;
  /** Folded "name|company", for the duplicate check. */
  dupKey?: string;
  /** Title, address, domain words and phone digit runs the list also finds the lead by (`domain/findWords.ts`). */
  findWords?: string[];
};

/** A lead's photo, stored apart from the lead so list reads stay small. */
export type LeadPhoto = { leadId: LeadId; blob: Blob; width: number; height: number };
export type Rating = 'hot' | 'warm' | 'cold';

/** Folded search keys, stored with the record so look-ups are index reads, not scans. */
export type SearchKeys = {
  /** Diacritic-folded, lower-cased words of the name and company. */
  searchWords: string[];
  /** Lower-cased email addresses. */
  emailKeys: string[];
  /** E.164 phone numbers (or digits when a number cannot be parsed). */
  phoneKeys: string[];
};

export type Lead = RecordMeta &
  SearchKeys &
  LeadSortKeys & {
    id: LeadId;
    fullName: string;
    jobTitle: string;
    fileAsStyle: FileAsStyle;
    fileAs: string;
    company: string;
    accountId: AccountId | null;
    emails: EmailEntry[];
    phones: PhoneEntry[];
    addresses: AddressEntry[];
    /**
     * v5: city / province, trimmed ("Hồ Chí Minh", "Houston"). Absent when unknown (never ''), so
     * the `region` index holds only leads that have one; records written before v5 read as ''.
     */
    region?: string;
    website: string;
    source: string;
    notes: string;
    status: LeadStatus;
    rating: Rating | null;
    ownerId: PersonId | null;
    initiatedBy: InitiatedBy | null;
    customValues: Record<string, CustomValue>;
    /**
     * How the lead came to be: its "created" history item, kept on the record rather than as an
     * activity row, so importing 10,000 leads writes 10,000 records, not 20,000 (not indexed;
     * absent on leads created before the change path, which read as "Lead created").
     */
    origin?: LeadOrigin;
  } & LeadWorkflowFields;

/** Where a lead came from and who made it; `from` names the file or the peer ("leads.csv"). */
export type LeadOrigin = { via: CreatedVia; from?: string; by?: PersonId | null };

/**
 * Added in schema v4 (issue #6). Optional so records written before the upgrade, and code that
 * builds leads without workflow knowledge, still type-check; absent reads as null.
 */
export type LeadWorkflowFields = {
  /** Set when the lead is assigned to a team; `ownerId` is then null (one assignee at a time). */
  teamId?: TeamId | null;
  qualifiedAt?: number | null;
  convertedContactId?: ContactId | null;
  convertedAccountId?: AccountId | null;
  convertedOpportunityId?: OpportunityId | null;
  disqualification?: Disqualification | null;
  /** Team sync: fields two people changed differently at once, waiting for someone to choose. */
  fieldConflicts?: FieldConflict[];
};

/** Why a lead was disqualified; `reasonId` points into the editable reason list in settings. */
export type Disqualification = { reasonId: string; reasonLabel: string; text: string; at: number };

export type Contact = RecordMeta &
  SearchKeys & {
    id: ContactId;
    fullName: string;
    jobTitle: string;
    emails: EmailEntry[];
    phones: PhoneEntry[];
    accountId: AccountId | null;
    fromLeadId: LeadId | null;
    /** v4: carried over from the lead at conversion. */
    notes?: string;
    addresses?: AddressEntry[];
    website?: string;
    /** v5: the lead's city / province, carried over at conversion. */
    region?: string;
  };

export type Account = RecordMeta & {
  id: AccountId;
  name: string;
  website: string;
  searchWords: string[];
  /** v4: the company's web/mail domain (`contoso.com`), matched by the duplicate check. */
  domain?: string | null;
  phones?: PhoneEntry[];
  notes?: string;
  fromLeadId?: LeadId | null;
};

export type Opportunity = RecordMeta & {
  id: OpportunityId;
  topic: string;
  accountId: AccountId | null;
  contactId: ContactId | null;
  fromLeadId: LeadId | null;
  estimatedValue: number | null;
  closeDate: number | null;
  /** v4: what the customer is interested in, from the qualify dialog. */
  productsOfInterest?: string;
  notes?: string;
};

export type RecordType = 'lead' | 'contact' | 'account' | 'opportunity';
/** `system`: an event LeadPane records itself (assignment, qualify, disqualify...), see `event`. */
export type ActivityKind = 'email' | 'note' | 'phone' | 'appointment' | 'task' | 'system';

/** A history item linked to a record (BCM's History page). */
export type Activity = RecordMeta & {
  id: ActivityId;
  recordType: RecordType;
  recordId: string;
  kind: ActivityKind;
  /** When it happened (email received, call made); the timeline sorts on this. */
  occurredAt: number;
  subject: string;
  body: string;
  /** For emails: Outlook's internetMessageId, so the same email is logged once. */
  internetMessageId: string | null;
  conversationId: string | null;
  /** For emails: Outlook's item id, used by "Open in Outlook" where the host supports it. */
  itemId: string | null;
  fromAddress: string | null;
  /** Phone logs. */
  direction: CallDirection | null;
  durationMinutes: number | null;
  outcome: string;
  /** Appointments (`occurredAt` is the start). */
  endAt: number | null;
  location: string;
  /** Tasks. */
  dueAt: number | null;
  done: boolean;
  /** v4, for `system` items: what happened, stored structured so it reads in either language. */
  event?: WorkflowEvent | null;
  /** v4: set on copies made at conversion, pointing at the lead's original history item. */
  copiedFromId?: ActivityId | null;
  /** For `system` items: who made the change (the user's person, or the peer a sync came from); not indexed. */
  by?: PersonId | null;
};
export type CallDirection = 'incoming' | 'outgoing';

export type AssigneeRef = { type: 'person'; id: PersonId; name: string } | { type: 'team'; id: TeamId; name: string } | null;

/** How a lead came to be: typed in the form, saved from an email, imported from a file, received by team sync. */
export type CreatedVia = 'form' | 'email' | 'import' | 'sync';

export type WorkflowEvent =
  /** A lead's first history item; `from` names the file or the peer ("Imported from leads.csv"). */
  | { type: 'created'; via: CreatedVia; from?: string }
  | { type: 'assigned'; to: AssigneeRef; from: AssigneeRef }
  | { type: 'qualified'; leadId: LeadId; contactId: ContactId; accountId: AccountId | null; opportunityId: OpportunityId | null }
  | { type: 'disqualified'; reasonLabel: string; text: string }
  | { type: 'reactivated' }
  /**
   * A field changed by a mass edit (or its undo). Score values are the manual stars, null for
   * automatic; a custom field keeps its id and the name it had, for when it is renamed or removed.
   */
  | { type: 'fieldChanged'; field: ChangedField; fieldId?: string; fieldName?: string; from: HistoryValue; to: HistoryValue };

export type ChangedField = 'source' | 'region' | 'rating' | 'score' | 'custom';
export type HistoryValue = string | number | boolean | null;

export type Importance = 'low' | 'normal' | 'high';
export type Criterion = RecordMeta & {
  id: CriterionId;
  description: string;
  importance: Importance;
  order: number;
  /**
   * A default criterion the user has not reworded: shown in the pane's language (its text from the
   * catalogue), `description` being the words it was seeded with. Gone once the user edits the words.
   */
  builtIn?: DefaultCriterionKey;
};
export type Person = RecordMeta & { id: PersonId; name: string; email: string };
export type Team = RecordMeta & { id: TeamId; name: string; memberIds: PersonId[] };
export type MarketingList = RecordMeta & { id: MarketingListId; name: string };
export type ListMember = {
  id: string; listId: MarketingListId; memberId: string; memberType: 'lead' | 'contact'; addedAt: number;
  /** The "add to list" job that added it, so a job cut off part-way can be undone (absent before). */
  jobId?: string;
};
export type SavedReport = RecordMeta & { id: string; name: string; definition: string };
export type Setting = { key: string; value: unknown };
