import { EmploymentRow, monthlyFlows, periodFlows, tenureBandOf, tenureHistogram, tenureSummary } from './workforce-stats';

/**
 * A hand-built company. Tenure as of 2025-02-28 (active: A, B, E, F, H):
 *   A 2015-03-10 → 3643 days, 119 completed months (9 y)      band 4–12 years
 *   B 2020-02-29 → 1826 days, 60 months (5 y: a leap-day hire reaches the anniversary on 28 Feb)  band 4–12 years
 *   E 2024-03-01 →  364 days, 11 months (0 y)                 band 6 months – 4 years
 *   F 2024-12-01 →   89 days,  2 months (0 y)                 band < 6 months
 *   H 2010-07-01 → 5356 days, 175 months (14 y)               band 12 years +
 *   mean = (89 + 364 + 1826 + 3643 + 5356) / 5 = 2255.6 days = 6.18 years; median = 1826 days = 5.00 years.
 * C, D and G have left by then.
 */
const row = (hiredOn: string, leftOn: string | null = null, leaveReason: EmploymentRow['leaveReason'] = null, departmentId = 'd1'): EmploymentRow => ({
  departmentId,
  hiredOn,
  leftOn,
  leaveReason,
});
const people = {
  A: row('2015-03-10'),
  B: row('2020-02-29'),
  C: row('2024-01-15', '2024-06-30', 'voluntary'),
  D: row('2023-06-01', '2024-03-31', 'involuntary'),
  E: row('2024-03-01'),
  F: row('2024-12-01'),
  G: row('2012-01-01', '2024-12-31', 'other'),
  H: row('2010-07-01'),
};
const everyone = Object.values(people);

describe('tenure', () => {
  it('puts completed months into the four bands at their edges', () => {
    expect(tenureBandOf(0)).toBe('under_6_months');
    expect(tenureBandOf(5)).toBe('under_6_months');
    expect(tenureBandOf(6)).toBe('6_months_to_4_years');
    expect(tenureBandOf(47)).toBe('6_months_to_4_years');
    expect(tenureBandOf(48)).toBe('4_to_12_years');
    expect(tenureBandOf(143)).toBe('4_to_12_years');
    expect(tenureBandOf(144)).toBe('12_years_plus');
  });

  it('gives headcount, average and median tenure and the bands as of a date', () => {
    expect(tenureSummary(everyone, '2025-02-28')).toEqual({
      headcount: 5,
      averageTenureDays: 2255.6,
      medianTenureDays: 1826,
      averageTenureYears: 6.18,
      medianTenureYears: 5,
      bands: [
        { band: 'under_6_months', label: '< 6 months', count: 1, share: 0.2 },
        { band: '6_months_to_4_years', label: '6 months – 4 years', count: 1, share: 0.2 },
        { band: '4_to_12_years', label: '4 – 12 years', count: 2, share: 0.4 },
        { band: '12_years_plus', label: '12 years +', count: 1, share: 0.2 },
      ],
    });
  });

  it('takes the median of an even headcount as the mean of the two middle tenures', () => {
    const summary = tenureSummary([people.A, people.E, people.F, people.H], '2025-02-28');
    expect(summary.medianTenureDays).toBe((364 + 3643) / 2);
  });

  it('counts people on their last day as gone and people hired today as present', () => {
    expect(tenureSummary([people.G], '2024-12-31').headcount).toBe(0);
    expect(tenureSummary([people.G], '2024-12-30').headcount).toBe(1);
    expect(tenureSummary([people.F], '2024-12-01')).toMatchObject({ headcount: 1, averageTenureDays: 0, medianTenureYears: 0 });
    expect(tenureSummary([], '2024-12-01')).toMatchObject({ headcount: 0, averageTenureYears: null, medianTenureYears: null });
  });

  it('has a histogram by whole years with the gaps filled', () => {
    const histogram = tenureHistogram(everyone, '2025-02-28');
    expect(histogram).toHaveLength(15);
    expect(histogram.filter((h) => h.count > 0)).toEqual([
      { years: 0, count: 2 },
      { years: 5, count: 1 },
      { years: 9, count: 1 },
      { years: 14, count: 1 },
    ]);
    // B, hired on a leap day, has not completed 5 years on 27 February 2025.
    expect(tenureHistogram([people.B], '2025-02-27').at(-1)).toEqual({ years: 4, count: 1 });
  });
});

describe('retention and turnover', () => {
  it('computes the flows of 2024 by hand', () => {
    // Start (end of 2023-12-31): A, B, D, G, H = 5. End (end of 2024-12-31): A, B, E, F, H = 5 (G's last day is 31 Dec).
    // Hires: C, E, F = 3. Leavers: D involuntary, C voluntary (hired and left within the year), G other = 3.
    // Retained from the start: A, B, H = 3 → retention 3 / 5. Average headcount (5 + 5) / 2 = 5 → turnover 3 / 5.
    expect(periodFlows(everyone, '2024-01-01', '2024-12-31')).toEqual({
      startHeadcount: 5,
      endHeadcount: 5,
      averageHeadcount: 5,
      hires: 3,
      leavers: 3,
      voluntaryLeavers: 1,
      involuntaryLeavers: 1,
      otherLeavers: 1,
      retained: 3,
      turnoverRate: 0.6,
      retentionRate: 0.6,
    });
  });

  it('keeps end = start + hires − leavers in every month, with the months cut to the period', () => {
    const months = monthlyFlows(everyone, '2024-01-15', '2024-12-31');
    expect(months.map((m) => m.month)).toHaveLength(12);
    expect(months[0]).toMatchObject({ month: '2024-01', from: '2024-01-15', to: '2024-01-31', startHeadcount: 5, hires: 1, leavers: 0, endHeadcount: 6 });
    expect(months[1]).toMatchObject({ month: '2024-02', from: '2024-02-01', to: '2024-02-29', hires: 0, leavers: 0, endHeadcount: 6 });
    expect(months[2]).toMatchObject({ month: '2024-03', hires: 1, leavers: 1, involuntaryLeavers: 1, endHeadcount: 6 });
    expect(months[5]).toMatchObject({ month: '2024-06', to: '2024-06-30', leavers: 1, voluntaryLeavers: 1, endHeadcount: 5, turnoverRate: 0.1818 });
    expect(months[11]).toMatchObject({ month: '2024-12', hires: 1, leavers: 1, otherLeavers: 1, endHeadcount: 5 });
    for (const m of months) expect(m.endHeadcount).toBe(m.startHeadcount + m.hires - m.leavers);
  });

  it('has no rates when nobody was employed', () => {
    expect(periodFlows([people.F], '2020-01-01', '2020-12-31')).toMatchObject({ startHeadcount: 0, turnoverRate: null, retentionRate: null });
  });
});
