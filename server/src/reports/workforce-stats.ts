import { LeaveReason } from '../employees/employee.entity';
import { addDays, addMonths, completedMonths, completedYears, daysBetween, daysToYears, monthsCovering, ratio } from './calendar-math';

/** One person's employment, as the reports need it. `leftOn` is the last day of employment. */
export interface EmploymentRow {
  departmentId: string;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
}

/**
 * Employed at the end of `date`: hired on or before it and not yet gone (someone whose last day is `date`
 * has left by its end). Headcounts are always taken at the end of a day.
 */
export function employedAtEndOf(row: EmploymentRow, date: string): boolean {
  return row.hiredOn <= date && (row.leftOn === null || row.leftOn > date);
}

export const TENURE_BANDS = [
  { band: 'under_6_months', label: '< 6 months', fromMonths: 0, toMonths: 6 },
  { band: '6_months_to_4_years', label: '6 months – 4 years', fromMonths: 6, toMonths: 48 },
  { band: '4_to_12_years', label: '4 – 12 years', fromMonths: 48, toMonths: 144 },
  { band: '12_years_plus', label: '12 years +', fromMonths: 144, toMonths: Infinity },
] as const;
export type TenureBandKey = (typeof TENURE_BANDS)[number]['band'];

export interface TenureSummary {
  headcount: number;
  averageTenureDays: number | null;
  medianTenureDays: number | null;
  averageTenureYears: number | null;
  medianTenureYears: number | null;
  bands: { band: TenureBandKey; label: string; count: number; share: number | null }[];
}

/** The band of a tenure measured in completed calendar months: [0, 6), [6, 48), [48, 144), [144, ∞). */
export function tenureBandOf(months: number): TenureBandKey {
  return TENURE_BANDS.find((b) => months >= b.fromMonths && months < b.toMonths)!.band;
}

function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Tenure of the people employed at the end of `asOf`: tenure = days from hiredOn to asOf (years = days / 365.25);
 * average is the mean, median the middle value (mean of the two middle ones for an even headcount).
 */
export function tenureSummary(rows: EmploymentRow[], asOf: string): TenureSummary {
  const active = rows.filter((r) => employedAtEndOf(r, asOf));
  const days = active.map((r) => daysBetween(r.hiredOn, asOf)).sort((a, b) => a - b);
  const counts = new Map<TenureBandKey, number>();
  for (const r of active) {
    const band = tenureBandOf(completedMonths(r.hiredOn, asOf));
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  const average = days.length ? days.reduce((sum, d) => sum + d, 0) / days.length : null;
  const middle = median(days);
  return {
    headcount: active.length,
    averageTenureDays: average === null ? null : Math.round(average * 10) / 10,
    medianTenureDays: middle,
    averageTenureYears: average === null ? null : daysToYears(average),
    medianTenureYears: middle === null ? null : daysToYears(middle),
    bands: TENURE_BANDS.map(({ band, label }) => ({ band, label, count: counts.get(band) ?? 0, share: ratio(counts.get(band) ?? 0, active.length) })),
  };
}

/** Headcount by completed years of service (0 = not yet a year), from 0 to the longest tenure, gaps filled with 0. */
export function tenureHistogram(rows: EmploymentRow[], asOf: string): { years: number; count: number }[] {
  const counts: number[] = [];
  for (const r of rows) {
    if (!employedAtEndOf(r, asOf)) continue;
    const years = completedYears(r.hiredOn, asOf);
    while (counts.length <= years) counts.push(0);
    counts[years] += 1;
  }
  return counts.map((count, years) => ({ years, count }));
}

export interface PeriodFlows {
  startHeadcount: number;
  endHeadcount: number;
  averageHeadcount: number;
  hires: number;
  leavers: number;
  voluntaryLeavers: number;
  involuntaryLeavers: number;
  otherLeavers: number;
  retained: number;
  turnoverRate: number | null;
  retentionRate: number | null;
}

/**
 * Flows over [from, to], both days included:
 * - startHeadcount: employed at the end of the day before `from`; endHeadcount: employed at the end of `to`
 *   (so end = start + hires − leavers);
 * - hires: hiredOn in the period; leavers: leftOn in the period, split by leave reason;
 * - averageHeadcount = (start + end) / 2; turnoverRate = leavers ÷ averageHeadcount;
 * - retentionRate = retained ÷ startHeadcount, where retained = people in the start headcount still employed at the end.
 */
export function periodFlows(rows: EmploymentRow[], from: string, to: string): PeriodFlows {
  const dayBefore = addDays(from, -1);
  let startHeadcount = 0;
  let endHeadcount = 0;
  let hires = 0;
  let retained = 0;
  const leavers = { voluntary: 0, involuntary: 0, other: 0 };
  for (const r of rows) {
    const atStart = employedAtEndOf(r, dayBefore);
    const atEnd = employedAtEndOf(r, to);
    if (atStart) startHeadcount += 1;
    if (atEnd) endHeadcount += 1;
    if (atStart && atEnd) retained += 1;
    if (r.hiredOn >= from && r.hiredOn <= to) hires += 1;
    if (r.leftOn !== null && r.leftOn >= from && r.leftOn <= to) leavers[r.leaveReason ?? 'other'] += 1;
  }
  const leaverCount = leavers.voluntary + leavers.involuntary + leavers.other;
  const averageHeadcount = (startHeadcount + endHeadcount) / 2;
  return {
    startHeadcount,
    endHeadcount,
    averageHeadcount,
    hires,
    leavers: leaverCount,
    voluntaryLeavers: leavers.voluntary,
    involuntaryLeavers: leavers.involuntary,
    otherLeavers: leavers.other,
    retained,
    turnoverRate: ratio(leaverCount, averageHeadcount),
    retentionRate: ratio(retained, startHeadcount),
  };
}

/** The same flows for each calendar month of [from, to]; the first and last months are cut to the period. */
export function monthlyFlows(rows: EmploymentRow[], from: string, to: string): ({ month: string; from: string; to: string } & PeriodFlows)[] {
  return monthsCovering(from, to).map((monthStart) => {
    const monthEnd = addDays(addMonths(monthStart, 1), -1);
    const start = monthStart < from ? from : monthStart;
    const end = monthEnd > to ? to : monthEnd;
    return { month: monthStart.slice(0, 7), from: start, to: end, ...periodFlows(rows, start, end) };
  });
}
