/**
 * Type guards for values read back from storage or a file: they take `unknown` and narrow it,
 * so code that reads stored data never trusts a cast (excalidraw's `data/restore.ts` way).
 */

export type Guard<T> = (value: unknown) => value is T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** A finite number (NaN and the infinities are never data). */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A whole number from 0 up: counts, versions, epoch milliseconds. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function isNullOr<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

export function isOneOf<const T extends readonly (string | number | boolean)[]>(choices: T): Guard<T[number]> {
  return (value): value is T[number] => (choices as readonly unknown[]).includes(value);
}

export function isArrayOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(guard);
}

/**
 * An object whose listed properties pass their guards; other properties are allowed (the
 * caller decides whether to keep them). `optional` properties may be absent or undefined.
 */
export function hasShape<T extends Record<string, unknown>>(
  required: { [K in keyof T]-?: Guard<T[K]> },
): Guard<T> {
  return (value): value is T => isRecord(value) && Object.entries(required).every(([key, guard]) => (guard as Guard<unknown>)(value[key]));
}

export function isOptional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value): value is T | undefined => value === undefined || guard(value);
}

/** Property name -> guard: what a stored record of one table must look like. */
export type Shape = Readonly<Record<string, Guard<unknown>>>;

/**
 * The first property of `value` that fails its guard ('' when `value` is not an object at
 * all), or null when every property passes: a refusal can then say which field was wrong.
 */
export function firstBadField(value: unknown, shape: Shape): string | null {
  if (!isRecord(value)) return '';
  for (const [key, guard] of Object.entries(shape)) if (!guard(value[key])) return key;
  return null;
}

export function isRecordOf<T>(guard: Guard<T>): Guard<Record<string, T>> {
  return (value): value is Record<string, T> => isRecord(value) && Object.values(value).every(guard);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/**
 * Like `firstBadField`, but only over the properties `value` has: a row from an older schema
 * version may lack fields its upgrades add, but a field it has must already be of its type.
 */
export function firstBadPresentField(value: unknown, shape: Shape, except: readonly string[] = []): string | null {
  if (!isRecord(value)) return '';
  for (const [key, guard] of Object.entries(shape)) if (key in value && !except.includes(key) && !guard(value[key])) return key;
  return null;
}
