import { dateIn, isCalendarDate, periodEnd, periodStart, quarterLabel, quarterStartOf, todayIn } from './calendar';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2023-12-31', '2000-02-29', '1999-01-01'])('accepts the real date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '2024-01-01T00:00:00Z', '', 20240101, null, '1899-12-31'])(
    'rejects %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it("gives today's date in the company's time zone, not the server's", () => {
    const instant = new Date('2026-03-01T03:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-03-01');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-02-28');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-03-01');
  });
});

describe('calendar periods', () => {
  it('starts ISO weeks on Monday, across a month and a year end', () => {
    expect(periodStart('week', '2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(periodStart('week', '2026-11-29')).toBe('2026-11-23'); // the Sunday after
    expect(periodStart('week', '2027-01-01')).toBe('2026-12-28');
    expect(periodEnd('week', '2026-12-28')).toBe('2027-01-03');
  });

  it('gives months, quarters and years with their last days, leap years included', () => {
    expect(periodStart('month', '2024-02-29')).toBe('2024-02-01');
    expect(periodEnd('month', '2024-02-01')).toBe('2024-02-29');
    expect(periodEnd('month', '2025-02-01')).toBe('2025-02-28');
    expect(periodStart('quarter', '2026-12-31')).toBe('2026-10-01');
    expect(periodStart('quarter', '2026-04-01')).toBe('2026-04-01');
    expect(periodEnd('quarter', '2026-10-01')).toBe('2026-12-31');
    expect(periodEnd('quarter', '2026-01-01')).toBe('2026-03-31');
    expect(periodStart('year', '2026-07-15')).toBe('2026-01-01');
    expect(periodEnd('year', '2026-01-01')).toBe('2026-12-31');
    expect(periodStart('all', '2026-07-15')).toBe('1970-01-01');
    expect(periodEnd('all', '1970-01-01')).toBeNull();
  });

  it('puts 23:59 on the last day of a quarter in that quarter, in the company time zone', () => {
    // 23:59 on 31 December in New York is already 1 January in UTC.
    const instant = new Date('2027-01-01T04:59:00Z');
    expect(periodStart('quarter', dateIn('America/New_York', instant))).toBe('2026-10-01');
    expect(periodStart('quarter', dateIn('UTC', instant))).toBe('2027-01-01');
  });

  it('names quarters and reads them back', () => {
    expect(quarterLabel('2026-11-23')).toBe('2026-Q4');
    expect(quarterStartOf('2026-Q4')).toBe('2026-10-01');
    expect(quarterStartOf('2026-Q1')).toBe('2026-01-01');
    expect(quarterStartOf('2026-Q5')).toBeNull();
    expect(quarterStartOf('Q4-2026')).toBeNull();
  });
});
