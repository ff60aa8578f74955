import { CoverageDto, FirstContactDto, MonthlyFirstContactDto } from './dto/recognition-report.dto';
import { ratio } from './calendar-math';
import type { CoverageRow, FirstContactRow } from './reports.repository';

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function withShares(row: Omit<CoverageRow, 'departmentId'>): CoverageDto {
  return {
    headcount: row.headcount,
    recognised30Days: row.recognised30Days,
    share30Days: ratio(row.recognised30Days, row.headcount),
    recognised90Days: row.recognised90Days,
    share90Days: ratio(row.recognised90Days, row.headcount),
    recognised365Days: row.recognised365Days,
    share365Days: ratio(row.recognised365Days, row.headcount),
    neverRecognised: row.neverRecognised,
  };
}

export function firstContact(rows: Pick<FirstContactRow, 'stories' | 'firstContact'>[]): FirstContactDto {
  const stories = rows.reduce((sum, r) => sum + r.stories, 0);
  const resolved = rows.reduce((sum, r) => sum + r.firstContact, 0);
  return { stories, firstContact: resolved, share: ratio(resolved, stories) };
}

/** Totals over the period and one entry per month (months without stories included). */
export function series(rows: FirstContactRow[], months: string[]): FirstContactDto & { monthly: MonthlyFirstContactDto[] } {
  const byMonth = groupBy(rows, (r) => r.month);
  return { ...firstContact(rows), monthly: months.map((month) => ({ month, ...firstContact(byMonth.get(month) ?? []) })) };
}
