import type { NumberRange } from '../leadQuery';

/**
 * Months of "leads created per month", in the user's time zone (a lead created at 23:30 on
 * 31 March in Hà Nội is a March lead there). Keys are `YYYY-MM`, so they sort in time order.
 */
export function monthKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

function monthStart(year: number, monthIndex: number): number {
  return new Date(year, monthIndex, 1).getTime();
}

function parseMonth(key: string): { year: number; monthIndex: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const monthIndex = Number(match[2]) - 1;
  return monthIndex >= 0 && monthIndex < 12 ? { year: Number(match[1]), monthIndex } : null;
}

/** The month's first and last millisecond (inclusive), as a created-date filter. */
export function monthRange(key: string): NumberRange {
  const month = parseMonth(key);
  if (!month) return { min: 0, max: -1 };
  return { min: monthStart(month.year, month.monthIndex), max: monthStart(month.year, month.monthIndex + 1) - 1 };
}

/** Every month from the one holding `from` to the one holding `to`, with its range. */
export function monthsBetween(from: number, to: number): Array<{ key: string } & Required<NumberRange>> {
  const months: Array<{ key: string } & Required<NumberRange>> = [];
  if (to < from) return months;
  const start = new Date(from);
  for (let year = start.getFullYear(), monthIndex = start.getMonth(); ; monthIndex++) {
    const min = monthStart(year, monthIndex);
    if (min > to) break;
    months.push({ key: monthKey(min), min, max: monthStart(year, monthIndex + 1) - 1 });
  }
  return months;
}
