/**
 * Calendar arithmetic on YYYY-MM-DD dates. Dates are calendar dates in the company's time zone, so the
 * arithmetic is done in UTC where every day is 24 hours long and no daylight-saving shift can move a date.
 */
const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). 2024-02-28 → 2024-03-01 is 2 days. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export { addDays } from '../common/calendar';

function lastDayOfMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The same day of the month `months` later; a day that month does not have becomes its last day
 * (31 January + 1 month = 28 or 29 February; 29 February 2024 + 12 months = 28 February 2025).
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(Number(date.slice(8, 10)), lastDayOfMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar months completed from `from` to `to` (0 when `to` is before the first monthly anniversary). */
export function completedMonths(from: string, to: string): number {
  if (to < from) return 0;
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

/** Whole years completed: the work anniversary has been reached (29 February hires reach it on 28 February). */
export function completedYears(from: string, to: string): number {
  return Math.floor(completedMonths(from, to) / 12);
}

/** The first day of each calendar month that overlaps [from, to], as YYYY-MM-01. */
export function monthsCovering(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** A share rounded to four decimals, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

export const DAYS_PER_YEAR = 365.25;

/** Days expressed in years (365.25 days each), rounded to two decimals. */
export function daysToYears(days: number): number {
  return Math.round((days / DAYS_PER_YEAR) * 100) / 100;
}
