import { hasShape, isArrayOf, isBoolean, isCount, isNullOr, isOneOf, isString, type Guard } from '../domain/guards';
import { DEFAULT_LEAD_SOURCES, MAX_LEAD_SOURCES } from '../domain/leadSources';
import { DEFAULT_RATING_THRESHOLDS, validateRatingThresholds, type RatingThresholds } from '../domain/ratingSuggestion';
import type { PersonId } from '../domain/types';
import { DEFAULT_DISQUALIFY_REASONS, OTHER_REASON_ID, type DisqualifyReason } from '../domain/disqualify/disqualifyReasons';
import { isBulkJobMarkers, type BulkJobMarker } from './bulk-jobs/bulkJobMarker';
import type { LeadPaneDb } from './db';
import type { BatchInProgress } from './bulk-edit/massEditRepository';
import type { ImportInProgress, SavedImportMapping } from './import-export/importBatch';

/**
 * Every key of the `settings` table, with the type its value must have and the value read when
 * the row is missing or holds anything else. Rows come back from old versions, other panes and
 * restored backups, so a value is never trusted: it is narrowed by its guard or replaced by the
 * default, and no stored value can crash a screen (a `language: "de"` row once did).
 */
type SettingSpec<T> = { guard: Guard<T>; fallback: () => T };

function spec<T>(guard: Guard<T>, fallback: () => T): SettingSpec<T> {
  return { guard, fallback };
}

export const LANGUAGE_SETTINGS = ['auto', 'en', 'vi'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

const isPersonId = (value: unknown): value is PersonId => typeof value === 'string' && value.length > 0;
const isRatingThresholds = (value: unknown): value is RatingThresholds =>
  hasShape<RatingThresholds>({ hot: isCount, warm: isCount })(value) && validateRatingThresholds(value) === null;
const isDisqualifyReason = hasShape<DisqualifyReason>({ id: isString, label: isString });
const isBatchInProgress = hasShape<BatchInProgress>({
  batchId: isString, field: isString, done: isCount, total: isCount, changed: isCount, session: isString, at: isCount,
});
const isImportInProgress = hasShape<ImportInProgress>({
  batchId: isString, file: isString, done: isCount, total: isCount, written: isCount, session: isString, at: isCount,
});
const isSavedMapping = hasShape<SavedImportMapping>({ name: isString, headers: isString, keys: isArrayOf(isString) });
// "Other" asks for a free text and can never be removed, so a list without it is not one we wrote.
const isReasonList = (value: unknown): value is DisqualifyReason[] =>
  isArrayOf(isDisqualifyReason)(value) && value.some((r) => r.id === OTHER_REASON_ID);
const isSourceList = (value: unknown): value is string[] => isArrayOf(isString)(value) && value.length <= MAX_LEAD_SOURCES;

export const SETTINGS = {
  language: spec<LanguageSetting>(isOneOf(LANGUAGE_SETTINGS), () => 'auto'),
  /** Region used to read phone numbers written without a country code (ISO 3166 alpha-2). */
  phoneRegion: spec<string>((v): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v), () => 'VN'),
  'record.leadSources': spec<string[]>(isSourceList, () => [...DEFAULT_LEAD_SOURCES]),
  /** Bumped in the same transaction as every criteria change that alters scores. */
  'scoring.criteriaVersion': spec<number>(isCount, () => 0),
  /** The criteria version the last complete rescore reached; below criteriaVersion = work left. */
  'scoring.rescoredVersion': spec<number>(isCount, () => 0),
  'scoring.defaultsSeeded': spec<boolean>(isBoolean, () => false),
  /** The defaults seeded before criteria carried `builtIn` have been looked for and marked. */
  'scoring.defaultsMarked': spec<boolean>(isBoolean, () => false),
  'scoring.ratingThresholds': spec<RatingThresholds>(isRatingThresholds, () => ({ ...DEFAULT_RATING_THRESHOLDS })),
  /** The person the pane's user is ("assigned to me"). */
  'workflow.me': spec<PersonId | null>(isNullOr(isPersonId), () => null),
  'workflow.disqualifyReasons': spec<DisqualifyReason[]>(isReasonList, () => DEFAULT_DISQUALIFY_REASONS.map((r) => ({ ...r }))),
  /** Every bulk job under way or cut off, by id (`bulk-jobs/bulkJobRepository.ts`). */
  'bulkJobs.markers': spec<Record<string, BulkJobMarker>>(isBulkJobMarkers, () => ({})),
  /** Before per-job markers: the one mass edit under way; still read so a cut-off one is reported. */
  'workflow.massEditInProgress': spec<BatchInProgress | null>(isNullOr(isBatchInProgress), () => null),
  /** The import under way (or cut off, or cancelled and not yet kept or undone). */
  'import.inProgress': spec<ImportInProgress | null>(isNullOr(isImportInProgress), () => null),
  /** Column mappings the user saved by name, offered again for files with the same headers. */
  'import.savedMappings': spec<SavedImportMapping[]>(isArrayOf(isSavedMapping), () => []),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = ReturnType<(typeof SETTINGS)[K]['fallback']>;

export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(SETTINGS, key);
}

/** The stored value narrowed to the key's type, or its default. Pure: restore checks rows with it too. */
export function settingValue<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const { guard, fallback } = SETTINGS[key] as unknown as SettingSpec<SettingValue<K>>;
  return guard(stored) ? stored : fallback();
}

/** Whether a stored value is one the key accepts (a missing row is fine: it reads as the default). */
export function isValidSetting(key: SettingKey, stored: unknown): boolean {
  return (SETTINGS[key] as SettingSpec<unknown>).guard(stored);
}

type SettingsTable = LeadPaneDb['settings'];

/** Reads one setting; usable inside a transaction over `settings`. */
export async function readSetting<K extends SettingKey>(settings: SettingsTable, key: K): Promise<SettingValue<K>> {
  return settingValue(key, (await settings.get(key))?.value);
}

export async function writeSetting<K extends SettingKey>(settings: SettingsTable, key: K, value: SettingValue<K>): Promise<void> {
  await settings.put({ key, value });
}

/** Removes the row, so the key reads as its default again. */
export async function clearSetting(settings: SettingsTable, key: SettingKey): Promise<void> {
  await settings.delete(key);
}
