/**
 * Every date LeadPane stores is in one of three forms, and this module is the one place that
 * converts between them and the inputs:
 * - a moment, as epoch milliseconds (createdAt, an activity's start, a task's due time), edited
 *   in `<input type="datetime-local">`, which speaks local wall-clock time without a zone;
 * - a calendar day as ISO text `YYYY-MM-DD` (custom date fields), as `<input type="date">` gives it;
 * - a calendar day as epoch milliseconds at 12:00 UTC (an opportunity's close date), so the day
 *   reads the same in every time zone from UTC-12 to UTC+12.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2027-02-30` is not a day even though it has the shape of one. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** `2027-01-31` to epoch ms at UTC noon; null for an empty input, NaN for text that is not a day. */
export function dayToNoonUtc(value: string): number | null {
  if (!value) return null;
  return isIsoDate(value) ? Date.parse(`${value}T12:00:00Z`) : Number.NaN;
}

/** The ISO day of a noon-UTC epoch, for `<input type="date">`; '' for none. */
export function noonUtcToDay(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return '';
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** A moment as the local wall-clock text `<input type="datetime-local">` shows. */
export function toDateTimeInput(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return '';
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** NaN when the text is not a complete date and time, so validation can say so. */
export function fromDateTimeInput(value: string): number {
  if (!value) return Number.NaN;
  return new Date(value).getTime();
}
