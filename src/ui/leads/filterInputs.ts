import type { NumberRange } from '../../domain/leadQuery';

/** `yyyy-mm-dd` of a local date input for an epoch time, '' for none. */
export function dateInputValue(at: number | undefined): string {
  if (at === undefined) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date input's day as epoch ms: its first millisecond, or (`end`) its last, in local time. */
export function dayBound(value: string, end: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return end ? new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1).getTime() - 1 : start.getTime();
}

/** A number input's value as a bound, or undefined when empty or not a number. */
export function numberBound(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The range with one bound changed; undefined when neither bound is left. */
export function withBound(range: NumberRange | undefined, bound: 'min' | 'max', value: number | undefined): NumberRange | undefined {
  const next: NumberRange = { ...range };
  if (value === undefined) delete next[bound];
  else next[bound] = value;
  return next.min === undefined && next.max === undefined ? undefined : next;
}
