import { describe, expect, it } from '@jest/globals';
import { anniversaryDate, employeeTenure, formatTenure, formatTenureShort, isMilestoneYear, nextMilestone, tenureBetween } from './tenure';

describe('tenureBetween', () => {
  it('counts whole months, completing a month on the same day of the month', () => {
    expect(tenureBetween('2020-01-15', '2023-03-14')).toEqual({ years: 3, months: 1 });
    expect(tenureBetween('2020-01-15', '2023-03-15')).toEqual({ years: 3, months: 2 });
  });

  it('completes a month on the last day of a shorter month', () => {
    expect(tenureBetween('2021-01-31', '2021-02-28')).toEqual({ years: 0, months: 1 });
    expect(tenureBetween('2024-02-29', '2025-02-28')).toEqual({ years: 1, months: 0 });
  });

  it('is zero on the first day and never negative', () => {
    expect(tenureBetween('2024-05-01', '2024-05-01')).toEqual({ years: 0, months: 0 });
    expect(tenureBetween('2024-05-01', '2024-04-01')).toEqual({ years: 0, months: 0 });
  });

  it('stops at the day the person left', () => {
    expect(employeeTenure('2019-04-01', '2021-10-15', '2026-01-01')).toEqual({ years: 2, months: 6 });
    expect(employeeTenure('2019-04-01', null, '2026-01-01')).toEqual({ years: 6, months: 9 });
  });
});

describe('formatTenure', () => {
  it('reads as years and months', () => {
    expect(formatTenure({ years: 3, months: 2 })).toBe('3 years 2 months');
    expect(formatTenure({ years: 1, months: 1 })).toBe('1 year 1 month');
    expect(formatTenure({ years: 2, months: 0 })).toBe('2 years');
    expect(formatTenure({ years: 0, months: 5 })).toBe('5 months');
    expect(formatTenure({ years: 0, months: 0 })).toBe('Less than a month');
    expect(formatTenureShort({ years: 3, months: 2 })).toBe('3y 2m');
    expect(formatTenureShort({ years: 0, months: 0 })).toBe('<1m');
  });
});

describe('milestones', () => {
  it('celebrates 1, 3, 5, 10 and then every five years', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25].filter(isMilestoneYear)).toEqual([1, 3, 5, 10, 15, 20, 25]);
  });

  it('finds the next milestone anniversary, today included', () => {
    expect(nextMilestone('2020-06-01', '2024-05-01')).toEqual({ years: 5, date: '2025-06-01', daysAway: 396 });
    expect(nextMilestone('2023-06-01', '2024-06-01')).toEqual({ years: 1, date: '2024-06-01', daysAway: 0 });
    expect(nextMilestone('2023-06-01', '2024-06-02').years).toBe(3);
  });

  it('moves a 29 February anniversary to 28 February in common years', () => {
    expect(anniversaryDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(anniversaryDate('2024-02-29', 4)).toBe('2028-02-29');
  });
});
