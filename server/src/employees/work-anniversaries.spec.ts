import { anniversaryToday, isMilestoneYear, nextWorkAnniversary } from './work-anniversaries';

describe('work anniversaries', () => {
  it('celebrates 1, 3, 5 and every five years after', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30].filter(isMilestoneYear)).toEqual([1, 3, 5, 10, 15, 20, 25, 30]);
  });

  it('finds the next milestone, skipping ordinary years', () => {
    expect(nextWorkAnniversary('2024-03-10', '2026-11-22')).toEqual({ date: '2027-03-10', years: 3 });
    expect(nextWorkAnniversary('2020-12-01', '2026-11-22')).toEqual({ date: '2030-12-01', years: 10 });
    expect(nextWorkAnniversary('2026-06-01', '2026-11-22')).toEqual({ date: '2027-06-01', years: 1 });
    expect(nextWorkAnniversary('2021-11-22', '2026-11-22')).toEqual({ date: '2026-11-22', years: 5 });
  });

  it('moves a 29 February hire to 28 February in other years', () => {
    expect(nextWorkAnniversary('2024-02-29', '2024-11-22')).toEqual({ date: '2025-02-28', years: 1 });
    expect(anniversaryToday('2024-02-29', '2025-02-28')).toBe(1);
    expect(anniversaryToday('2024-02-29', '2025-03-01')).toBeNull();
    expect(anniversaryToday('2023-02-28', '2028-02-28')).toBe(5);
  });

  it('says which milestone is today, if any', () => {
    expect(anniversaryToday('2016-11-22', '2026-11-22')).toBe(10);
    expect(anniversaryToday('2024-11-22', '2026-11-22')).toBeNull();
    expect(anniversaryToday('2026-11-22', '2026-11-22')).toBeNull();
  });
});
