import { kaplanMeier, kaplanMeierExact, medianSurvivalDay, recognitionSurvival, summariseSurvival, survivalAt } from './kaplan-meier';

describe('Kaplan–Meier', () => {
  // Seven people: left at 100; censored at 200 and two left at 200 (a tie with censoring); censored 300; left 400; censored 500.
  const observations = [
    { days: 100, left: true },
    { days: 200, left: false },
    { days: 200, left: true },
    { days: 200, left: true },
    { days: 300, left: false },
    { days: 400, left: true },
    { days: 500, left: false },
  ];

  it('matches the hand calculation, ties and censoring included', () => {
    // S(100) = 6/7; S(200) = 6/7 × (1 − 2/6) = 4/7 (the person censored on day 200 is still at risk that day);
    // S(300) unchanged (censoring only); S(400) = 4/7 × (1 − 1/2) = 2/7.
    expect(kaplanMeier(observations)).toEqual([
      { day: 0, atRisk: 7, events: 0, censored: 0, survival: 1 },
      { day: 100, atRisk: 7, events: 1, censored: 0, survival: 0.8571 },
      { day: 200, atRisk: 6, events: 2, censored: 1, survival: 0.5714 },
      { day: 300, atRisk: 3, events: 0, censored: 1, survival: 0.5714 },
      { day: 400, atRisk: 2, events: 1, censored: 0, survival: 0.2857 },
      { day: 500, atRisk: 1, events: 0, censored: 1, survival: 0.2857 },
    ]);
  });

  it('reads the curve at a day, finds the median, and says nothing beyond the longest observation', () => {
    const steps = kaplanMeier(observations);
    expect(survivalAt(steps, 99)).toBe(1);
    expect(survivalAt(steps, 365)).toBe(0.5714);
    expect(survivalAt(steps, 500)).toBe(0.2857);
    expect(survivalAt(steps, 501)).toBeNull();
    expect(medianSurvivalDay(steps)).toBe(400);
    expect(
      medianSurvivalDay(
        kaplanMeier([
          { days: 10, left: true },
          { days: 20, left: false },
          { days: 30, left: false },
        ]),
      ),
    ).toBeNull();
  });

  it('counts people who leave on their first day at day 0, and a curve at 0 stays 0', () => {
    const steps = kaplanMeier([
      { days: 0, left: true },
      { days: 5, left: true },
    ]);
    expect(steps).toEqual([
      { day: 0, atRisk: 2, events: 1, censored: 0, survival: 0.5 },
      { day: 5, atRisk: 1, events: 1, censored: 0, survival: 0 },
    ]);
    expect(survivalAt(steps, 1000)).toBe(0);
    expect(medianSurvivalDay(steps)).toBe(0);
  });

  it('reads the median from the unrounded curve: 0.500048 at day 1,000 is not yet one half', () => {
    // 62,500 people: 31,247 leave on day 1,000 and 31,253 are still employed on day 1,500, so
    // S(1,000) = 31,253 / 62,500 = 0.500048 exactly. It shows as 0.5, but the curve never reaches one half.
    const observations = [
      ...Array.from({ length: 31_247 }, () => ({ days: 1000, left: true })),
      ...Array.from({ length: 31_253 }, () => ({ days: 1500, left: false })),
    ];
    expect(kaplanMeierExact(observations)[1]).toEqual({ day: 1000, atRisk: 62_500, events: 31_247, censored: 0, survival: 0.500048 });
    expect(kaplanMeier(observations)[1].survival).toBe(0.5);
    expect(medianSurvivalDay(kaplanMeierExact(observations))).toBeNull();
    const summary = summariseSurvival(observations);
    expect(summary.medianTenureDays).toBeNull();
    expect(summary.medianTenureYears).toBeNull();
    expect(summary.steps[1].survival).toBe(0.5);
    expect(summary.atRiskByYear.find((y) => y.years === 3)).toEqual({ years: 3, day: 1096, atRisk: 31_253, survival: 0.5 });
  });

  it('summarises a group with the at-risk table by year', () => {
    const summary = summariseSurvival(observations);
    expect(summary).toMatchObject({
      people: 7,
      leavers: 4,
      stillEmployed: 3,
      retention12Months: 0.5714,
      retention24Months: null,
      medianTenureDays: 400,
      medianTenureYears: 1.1,
    });
    expect(summary.atRiskByYear).toEqual([
      { years: 0, day: 0, atRisk: 7, survival: 1 },
      { years: 1, day: 365, atRisk: 2, survival: 0.5714 },
    ]);
    expect(summariseSurvival([])).toMatchObject({ people: 0, retention12Months: null, medianTenureDays: null, steps: [] });
  });
});

describe('retention of recognised and not recognised people', () => {
  it('splits, censors and leaves out recent hires as computed by hand', () => {
    const asOf = '2025-06-30';
    const d = 'd1';
    const result = recognitionSurvival(
      [
        { departmentId: d, hiredOn: '2023-01-01', leftOn: '2023-12-31', recognised: true }, // left after 364 days
        { departmentId: d, hiredOn: '2023-01-01', leftOn: null, recognised: true }, // censored at 911 days
        { departmentId: d, hiredOn: '2024-12-31', leftOn: null, recognised: false }, // exactly 6 months on asOf: in; censored at 181
        { departmentId: d, hiredOn: '2025-01-01', leftOn: null, recognised: false }, // 6 months on 2025-07-01: left out
        { departmentId: d, hiredOn: '2023-01-01', leftOn: '2023-07-01', recognised: false }, // left after 181 days (tie with a censoring)
        { departmentId: d, hiredOn: '2022-02-28', leftOn: '2024-02-29', recognised: false }, // left on a leap day: 731 days
        { departmentId: d, hiredOn: '2024-01-01', leftOn: '2024-03-31', recognised: false }, // left after 90 days
        { departmentId: d, hiredOn: '2020-01-01', leftOn: '2026-01-01', recognised: false }, // leaves after asOf: censored, 2007 days
      ],
      asOf,
      6,
    );
    expect(result.excludedRecentHires).toBe(1);
    // Recognised: S(364) = 1 − 1/2 = 0.5, then censored at 911.
    expect(result.recognised).toMatchObject({ people: 2, leavers: 1, stillEmployed: 1, retention12Months: 0.5, retention24Months: 0.5, medianTenureDays: 364 });
    // Not recognised: 90 (5 at risk, 1 left) → 0.8; 181 (4 at risk, 1 left, 1 censored) → 0.6; 731 (2 at risk, 1 left) → 0.3; 2007 censored.
    expect(result.notRecognised.steps).toEqual([
      { day: 0, atRisk: 5, events: 0, censored: 0, survival: 1 },
      { day: 90, atRisk: 5, events: 1, censored: 0, survival: 0.8 },
      { day: 181, atRisk: 4, events: 1, censored: 1, survival: 0.6 },
      { day: 731, atRisk: 2, events: 1, censored: 0, survival: 0.3 },
      { day: 2007, atRisk: 1, events: 0, censored: 1, survival: 0.3 },
    ]);
    expect(result.notRecognised).toMatchObject({
      people: 5,
      leavers: 3,
      retention12Months: 0.6,
      retention24Months: 0.6,
      medianTenureDays: 731,
      medianTenureYears: 2,
    });
    expect(result.notRecognised.atRiskByYear.slice(0, 3)).toEqual([
      { years: 0, day: 0, atRisk: 5, survival: 1 },
      { years: 1, day: 365, atRisk: 2, survival: 0.6 },
      { years: 2, day: 731, atRisk: 2, survival: 0.3 },
    ]);
  });
});

describe('three groups: by peers or managers, by customers only, not recognised', () => {
  it('puts everyone in exactly one group, peers and managers first', () => {
    const asOf = '2025-06-30';
    const row = (hiredOn: string, leftOn: string | null, recognised: boolean, recognisedByCustomers: boolean) => ({
      departmentId: 'd1',
      hiredOn,
      leftOn,
      recognised,
      recognisedByCustomers,
    });
    const result = recognitionSurvival(
      [
        row('2023-01-01', null, true, true), // both: counts with peers and managers
        row('2023-01-01', '2023-12-31', false, true), // customers only, left after 364 days
        row('2023-01-01', null, false, true), // customers only, censored at 911 days
        row('2023-01-01', null, false, false), // not recognised
        row('2025-06-01', null, false, true), // too recent: left out
      ],
      asOf,
      6,
    );
    expect(result.excludedRecentHires).toBe(1);
    expect([result.recognised.people, result.recognisedByCustomers.people, result.notRecognised.people]).toEqual([1, 2, 1]);
    expect(result.cohort).toBe(4);
    // Customers only: S(364) = 1 − 1/2 = 0.5.
    expect(result.recognisedByCustomers).toMatchObject({ leavers: 1, stillEmployed: 1, retention12Months: 0.5, medianTenureDays: 364 });
  });
});
