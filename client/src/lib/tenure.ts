import { i18n } from './i18n';

/**
 * Tenure arithmetic on calendar dates ("YYYY-MM-DD"), independent of time zones:
 * dates are compared as year/month/day, never as instants.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export interface Tenure {
  years: number;
  months: number;
}

/** The milestones the product celebrates (PRODUCT.md): 1, 3, 5, 10, then every 5 years. */
export function isMilestoneYear(years: number): boolean {
  return years === 1 || years === 3 || (years >= 5 && years % 5 === 0);
}

export function parseCalendarDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`Not a calendar date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date `days` days after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseCalendarDate(iso);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return formatCalendarDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Today in the browser's local calendar, as "YYYY-MM-DD" (until the company's today is known: see useToday). */
export function todayIso(now: Date = new Date()): string {
  return formatCalendarDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whole years and months from `from` to `to` (to >= from). A month is complete when the same day
 * of the month is reached, or the last day of a shorter month (31 Jan -> 28 Feb is one month).
 * Returns 0/0 when `to` is before `from`.
 */
export function tenureBetween(fromIso: string, toIso: string): Tenure {
  const from = parseCalendarDate(fromIso);
  const to = parseCalendarDate(toIso);
  let totalMonths = (to.year - from.year) * 12 + (to.month - from.month);
  const reachedDay = to.day >= from.day || to.day === daysInMonth(to.year, to.month);
  if (!reachedDay) totalMonths -= 1;
  if (totalMonths < 0) return { years: 0, months: 0 };
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}

/** Tenure of an employee: hiredOn to leftOn, or to today while employed. */
export function employeeTenure(hiredOn: string, leftOn: string | null | undefined, today: string): Tenure {
  return tenureBetween(hiredOn, leftOn ?? today);
}

/** "3 years 2 months", "1 year", "5 months", "Less than a month" (in the active language). */
export function formatTenure({ years, months }: Tenure): string {
  if (years === 0 && months === 0) return i18n.t('app:tenure.lessThanAMonth');
  return i18n.t('app:tenure.long', { years, months });
}

/** Compact form for tables: "3y 2m", "5m", "<1m". */
export function formatTenureShort({ years, months }: Tenure): string {
  if (years === 0 && months === 0) return '<1m';
  return [years ? `${years}y` : '', months ? `${months}m` : ''].filter(Boolean).join(' ');
}

/** The date of the n-th anniversary; 29 February falls on 28 February in common years. */
export function anniversaryDate(hiredOn: string, years: number): string {
  const hired = parseCalendarDate(hiredOn);
  const year = hired.year + years;
  return formatCalendarDate({ year, month: hired.month, day: Math.min(hired.day, daysInMonth(year, hired.month)) });
}

export interface Milestone {
  years: number;
  date: string;
  daysAway: number;
}

function dayNumber(iso: string): number {
  const { year, month, day } = parseCalendarDate(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The next milestone anniversary on or after `today` (today counts: it is the day to celebrate). */
export function nextMilestone(hiredOn: string, today: string): Milestone {
  let years = 1;
  while (!isMilestoneYear(years) || anniversaryDate(hiredOn, years) < today) years += 1;
  const date = anniversaryDate(hiredOn, years);
  return { years, date, daysAway: dayNumber(date) - dayNumber(today) };
}
