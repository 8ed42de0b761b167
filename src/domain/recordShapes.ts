import {
  hasShape, isArrayOf, isBlob, isBoolean, isCount, isNonEmptyString, isNullOr, isNumber, isOneOf, isOptional, isRecord,
  isRecordOf, isString, type Guard, type Shape,
} from './guards';
import { DEFAULT_CRITERION_KEYS } from './defaultCriteria';
import { IMPORTANCES } from './scoring';

/**
 * What a stored row of each table must look like at the current schema version, checked on
 * every restored row after the schema upgrades have run on it. They check what screens read
 * (a subject that is an object once broke a lead's history on every load), not every field:
 * optional fields added by later versions may be absent.
 */
const isId = isNonEmptyString;
const isTime = isNumber;
const isNullableId = isNullOr(isId);
const isNullableTime = isNullOr(isTime);
const isStrings = isArrayOf(isString);

const META: Shape = { createdAt: isTime, updatedAt: isTime, rev: isCount, deletedAt: isNullableTime };
const SEARCH_KEYS: Shape = { searchWords: isStrings, emailKeys: isStrings, phoneKeys: isStrings };
const isEmails = isArrayOf(hasShape<{ address: string; label: string }>({ address: isString, label: isString }));
const isPhones = isArrayOf(hasShape<{ number: string; kind: string }>({ number: isString, kind: isString }));
const isAddresses = isArrayOf(hasShape<{ text: string; label: string; forMail: boolean }>({ text: isString, label: isString, forMail: isBoolean }));
const isCustomValue: Guard<string | number | boolean> = (v): v is string | number | boolean => isString(v) || isNumber(v) || isBoolean(v);
const isInitiatedBy = isNullOr(hasShape<{ type: string; id: string; name: string }>({ type: isOneOf(['lead', 'contact'] as const), id: isId, name: isString }));
const isDisqualification = isOptional(isNullOr(hasShape({ reasonId: isString, reasonLabel: isString, text: isString, at: isTime })));
const isEvent = isOptional(isNullOr(hasShape<{ type: string }>({ type: isString })));

export const RECORD_SHAPES = {
  leads: {
    id: isId, ...META, ...SEARCH_KEYS,
    fullName: isString, jobTitle: isString, fileAsStyle: isOneOf(['familyGiven', 'givenFamily', 'company', 'asWritten'] as const),
    fileAs: isString, company: isString, accountId: isNullableId, emails: isEmails, phones: isPhones, addresses: isAddresses,
    region: isOptional(isString), website: isString, source: isString, notes: isString,
    status: isOneOf(['open', 'qualified', 'disqualified'] as const), rating: isNullOr(isOneOf(['hot', 'warm', 'cold'] as const)),
    ownerId: isNullableId, teamId: isOptional(isNullableId), initiatedBy: isInitiatedBy, customValues: isRecordOf(isCustomValue),
    disqualification: isDisqualification,
  },
  contacts: {
    id: isId, ...META, ...SEARCH_KEYS, fullName: isString, jobTitle: isString, emails: isEmails, phones: isPhones,
    accountId: isNullableId, fromLeadId: isNullableId, notes: isOptional(isString), website: isOptional(isString), region: isOptional(isString),
  },
  accounts: { id: isId, ...META, name: isString, website: isString, searchWords: isStrings, notes: isOptional(isString) },
  opportunities: {
    id: isId, ...META, topic: isString, accountId: isNullableId, contactId: isNullableId, fromLeadId: isNullableId,
    estimatedValue: isNullOr(isNumber), closeDate: isNullableTime, notes: isOptional(isString),
  },
  activities: {
    id: isId, ...META, recordType: isOneOf(['lead', 'contact', 'account', 'opportunity'] as const), recordId: isId,
    kind: isOneOf(['email', 'note', 'phone', 'appointment', 'task', 'system'] as const), occurredAt: isTime,
    subject: isString, body: isString, internetMessageId: isNullOr(isString), fromAddress: isNullOr(isString),
    outcome: isString, location: isString, done: isBoolean, durationMinutes: isNullOr(isNumber), endAt: isNullableTime,
    dueAt: isNullableTime, event: isEvent,
  },
  criteria: { id: isId, ...META, description: isString, importance: isOneOf(IMPORTANCES), order: isNumber, builtIn: isOptional(isOneOf(DEFAULT_CRITERION_KEYS)) },
  people: { id: isId, ...META, name: isString, email: isString },
  teams: { id: isId, ...META, name: isString, memberIds: isArrayOf(isId) },
  marketingLists: { id: isId, ...META, name: isString },
  listMembers: { id: isId, listId: isId, memberId: isId, memberType: isOneOf(['lead', 'contact'] as const), addedAt: isTime, jobId: isOptional(isString) },
  savedReports: { id: isId, ...META, name: isString, definition: isString },
  editBatches: { id: isId, batchId: isId, createdAt: isTime, field: isString, entries: isArrayOf(isRecord) },
  customFields: {
    id: isId, ...META, name: isString, kind: isOneOf(['text', 'number', 'date', 'yesNo', 'choice'] as const), choices: isStrings, order: isNumber,
  },
  leadPhotos: { leadId: isId, blob: isBlob, width: isCount, height: isCount },
  leadScores: {
    leadId: isId, ticks: isArrayOf(isId), mode: isOneOf(['automatic', 'manual'] as const), manualStars: isNullOr(isNumber),
    score: isNullOr(isNumber), stars: isNullOr(isNumber), criteriaVersion: isCount, updatedAt: isTime,
  },
} as const satisfies Record<string, Shape>;

/** Tables with a shape of their own; any other table's rows need only be objects. */
export function shapeOf(table: string): Shape | undefined {
  return Object.hasOwn(RECORD_SHAPES, table) ? RECORD_SHAPES[table as keyof typeof RECORD_SHAPES] : undefined;
}

/** Fields an upgrade repairs whatever an older version held there (v3 gives criteria an importance). */
export const REPAIRED_BY_UPGRADE: Readonly<Record<string, readonly string[]>> = { criteria: ['importance', 'deletedAt', 'rev'] };
