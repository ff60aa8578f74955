import { addDays, addMonths, completedMonths, completedYears, daysBetween, daysToYears, monthsCovering, ratio } from './calendar-math';

describe('calendar math', () => {
  it('counts days across month ends and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(daysBetween('2021-01-01', '2020-01-01')).toBe(-366);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('counts completed months and years the way anniversaries fall', () => {
    expect(completedMonths('2025-01-31', '2025-02-27')).toBe(0);
    expect(completedMonths('2025-01-31', '2025-02-28')).toBe(1);
    expect(completedMonths('2025-01-15', '2025-07-14')).toBe(5);
    expect(completedMonths('2025-01-15', '2025-07-15')).toBe(6);
    expect(completedYears('2024-02-29', '2025-02-27')).toBe(0);
    expect(completedYears('2024-02-29', '2025-02-28')).toBe(1);
    expect(completedYears('2010-06-01', '2026-05-31')).toBe(15);
    expect(completedYears('2010-06-01', '2026-06-01')).toBe(16);
    expect(completedMonths('2026-01-01', '2025-01-01')).toBe(0);
  });

  it('lists the months that overlap a period', () => {
    expect(monthsCovering('2024-01-31', '2024-03-01')).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    expect(monthsCovering('2024-02-10', '2024-02-20')).toEqual(['2024-02-01']);
  });

  it('rounds shares and years, and has no share of nothing', () => {
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(1, 0)).toBeNull();
    expect(daysToYears(365.25 * 2)).toBe(2);
    expect(daysToYears(100)).toBe(0.27);
  });
});
