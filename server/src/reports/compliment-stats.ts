import { ratio } from './calendar-math';
import { groupBy } from './report-figures';

/** The figures of one group of customer compliments (a department, a month, a person, or all of them). */
export interface ComplimentFigures {
  received: number;
  becameStories: number;
  emailConfirmed: number;
  /** emailConfirmed ÷ received. */
  emailConfirmedShare: number | null;
  /** Median of the hours from compliment to story over those that became stories (mean of the two middle values for an even count). */
  medianHoursToStory: number | null;
}

export interface ComplimentObservation {
  becameStory: boolean;
  emailConfirmed: boolean;
  /** From the customer sending it to a manager confirming (or merging) it into a story; null when it is not a story. */
  hoursToStory: number | null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function complimentFigures(rows: ComplimentObservation[]): ComplimentFigures {
  const emailConfirmed = rows.filter((r) => r.emailConfirmed).length;
  const hours = rows.filter((r) => r.becameStory && r.hoursToStory !== null).map((r) => r.hoursToStory!);
  const middle = median(hours);
  return {
    received: rows.length,
    becameStories: rows.filter((r) => r.becameStory).length,
    emailConfirmed,
    emailConfirmedShare: ratio(emailConfirmed, rows.length),
    medianHoursToStory: middle === null ? null : Math.round(middle * 10) / 10,
  };
}

/** One customer compliment received in a report's period (discarded ones are not counted). */
export interface ComplimentRow extends ComplimentObservation {
  /** The department of the thank-you link it came through. */
  departmentId: string;
  /** Its hero: the person of the link, or the one a manager chose for a team's compliment (null until then). */
  employeeId: string | null;
  employeeName: string | null;
  /** YYYY-MM of the company-time-zone day it was received. */
  month: string;
}

/** The figures per month (every month given, empty ones included), per department (with its months) and per person. */
export function complimentBreakdown(rows: ComplimentRow[], departments: { id: string; name: string }[], months: string[]) {
  const monthly = (group: ComplimentRow[]) => {
    const byMonth = groupBy(group, (r) => r.month);
    return months.map((month) => ({ month, ...complimentFigures(byMonth.get(month) ?? []) }));
  };
  const byDepartment = groupBy(rows, (r) => r.departmentId);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const people = [
    ...groupBy(
      rows.filter((r) => r.employeeId),
      (r) => `${r.departmentId}|${r.employeeId}`,
    ).values(),
  ]
    .map((group) => ({
      employeeId: group[0].employeeId!,
      name: group[0].employeeName ?? '',
      departmentId: group[0].departmentId,
      departmentName: names.get(group[0].departmentId) ?? '',
      ...complimentFigures(group),
    }))
    .sort((a, b) => b.received - a.received || b.becameStories - a.becameStories || a.name.localeCompare(b.name) || a.employeeId.localeCompare(b.employeeId));
  return {
    total: complimentFigures(rows),
    monthly: monthly(rows),
    departments: departments.map((d) => {
      const group = byDepartment.get(d.id) ?? [];
      return { departmentId: d.id, departmentName: d.name, ...complimentFigures(group), monthly: monthly(group) };
    }),
    people,
  };
}
