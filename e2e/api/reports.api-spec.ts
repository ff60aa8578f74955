import { parse as parseCsv } from 'csv-parse/sync';

/** Report CSVs start with a UTF-8 byte-order mark (for Excel); a CSV reader that knows of it drops it. */
const parse = (text: string): string[][] => parseCsv(text, { bom: true });
import { createDepartment, createEmployee, insertCustomerCompliment, signIn, SignedIn, TestEmployee, uniqueSuffix } from '../../server/test/factories';
import { todayIn } from '../../server/src/common/calendar';
import { startTestApp, TestApp } from '../../server/test/test-app';

/**
 * Reports on small companies built by hand in each test, with the expected figures worked out in the comments.
 * Every query names its own department, so rows other tests create never show up.
 */
describe('reports', () => {
  let t: TestApp;
  let headquarters: { id: string };
  let admin: TestEmployee;
  let as: Record<'admin' | 'manager' | 'staff', SignedIn>;
  let managed: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    headquarters = await createDepartment(t.dataSource);
    managed = await createDepartment(t.dataSource);
    admin = await createEmployee(t.dataSource, { departmentId: headquarters.id, role: 'admin' });
    const manager = await createEmployee(t.dataSource, { departmentId: headquarters.id, role: 'manager', manages: [managed.id] });
    const staff = await createEmployee(t.dataSource, { departmentId: headquarters.id });
    as = { admin: await signIn(t.http, admin.email), manager: await signIn(t.http, manager.email), staff: await signIn(t.http, staff.email) };
  });
  afterAll(() => t.close());

  const person = async (departmentId: string, hiredOn: string, leftOn?: string, reason: 'voluntary' | 'involuntary' | 'other' = 'voluntary') => {
    const employee = await createEmployee(t.dataSource, { departmentId, hiredOn, leftOn, withPassword: false });
    if (leftOn) await t.dataSource.query('UPDATE employees SET leave_reason = $2 WHERE id = $1', [employee.id, reason]);
    return employee;
  };
  const story = async (
    heroes: TestEmployee[],
    occurredOn: string,
    options: { channel?: string; firstContact?: boolean; hidden?: boolean; deleted?: boolean; fromCustomer?: boolean } = {},
  ) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO stories (author_id, title, situation, action, impact, occurred_on, channel, resolved_without_handoff, status, deleted_at, from_customer)
       VALUES ($1, 'A story', 'Needed help', 'Helped', 'Happy', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        admin.id,
        occurredOn,
        options.channel ?? 'phone',
        options.firstContact ?? true,
        options.hidden ? 'hidden' : 'published',
        options.deleted ? new Date() : null,
        options.fromCustomer ?? false,
      ],
    );
    for (const hero of heroes) {
      await t.dataSource.query('INSERT INTO story_heroes (story_id, employee_id, department_id, story_created_at) VALUES ($1, $2, $3, now())', [
        row.id,
        hero.id,
        hero.departmentId,
      ]);
    }
    return row.id as string;
  };
  const reward = async (recipient: TestEmployee, awardedOn: string, revoked = false) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO rewards (giver_id, recipient_id, recipient_department_id, kind, points, citation, awarded_on, revoked_at)
       VALUES ($1, $2, $3, 'points', 10, 'Thank you', $4, $5) RETURNING id`,
      [admin.id, recipient.id, recipient.departmentId, awardedOn, revoked ? new Date() : null],
    );
    return row.id as string;
  };
  const get = (path: string, query: Record<string, unknown>, session = as.admin) => t.http.get(`/api/reports/${path}`).query(query).set(session.auth);

  /** The company of workforce-stats.spec.ts: A, B, E, F, H employed; C, D, G leave during 2024. */
  const workforce = async () => {
    const department = await createDepartment(t.dataSource);
    const d = department.id;
    await person(d, '2015-03-10');
    await person(d, '2020-02-29');
    await person(d, '2024-01-15', '2024-06-30', 'voluntary');
    await person(d, '2023-06-01', '2024-03-31', 'involuntary');
    await person(d, '2024-03-01');
    await person(d, '2024-12-01');
    await person(d, '2012-01-01', '2024-12-31', 'other');
    await person(d, '2010-07-01');
    return department;
  };

  describe('tenure', () => {
    it('gives headcount, average and median tenure, bands and the histogram as computed by hand', async () => {
      const department = await workforce();
      const response = await get('tenure', { departmentId: department.id, asOf: '2025-02-28' }).expect(200);
      // Tenure days 89, 364, 1826 (a leap-day hire), 3643, 5356: mean 2255.6 days = 6.18 years, median 1826 = 5.00 years.
      expect(response.body.total).toEqual({
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
      expect(response.body.departments).toEqual([expect.objectContaining({ departmentId: department.id, departmentName: department.name, headcount: 5 })]);
      expect(response.body.histogram.filter((h: { count: number }) => h.count)).toEqual([
        { years: 0, count: 2 },
        { years: 5, count: 1 },
        { years: 9, count: 1 },
        { years: 14, count: 1 },
      ]);
      expect(response.body).toMatchObject({ asOf: '2025-02-28', timeZone: 'UTC' });
    });

    it('defaults to today in the company time zone, not the server clock', async () => {
      // At any moment at least one of these zones (UTC+14, UTC-11) is on another calendar day than UTC.
      const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];
      expect(zones.some((zone) => todayIn(zone) !== todayIn('UTC'))).toBe(true);
      for (const zone of zones) {
        // Hired on each side of the day boundary: the company's today, and the UTC day (tomorrow or yesterday there).
        const department = await createDepartment(t.dataSource);
        const hires = [...new Set([todayIn(zone), todayIn('UTC')])];
        for (const hiredOn of hires) await person(department.id, hiredOn);
        const zoned = await startTestApp({ COMPANY_TIME_ZONE: zone });
        try {
          const before = todayIn(zone);
          const response = await zoned.http.get('/api/reports/tenure').query({ departmentId: department.id }).set(as.admin.auth).expect(200);
          expect([before, todayIn(zone)]).toContain(response.body.asOf);
          // Counted: whoever was hired by the company's today; not yet: whoever starts on a later day there.
          expect(response.body).toMatchObject({ timeZone: zone, total: { headcount: hires.filter((d) => d <= response.body.asOf).length } });
          if (todayIn('UTC') > response.body.asOf) expect(response.body.total.headcount).toBe(1);
        } finally {
          await zoned.close();
        }
      }
    });
  });

  describe('retention and turnover', () => {
    it('gives the flows of a year, per department and per month', async () => {
      const department = await workforce();
      const response = await get('retention', { departmentId: department.id, from: '2024-01-01', to: '2024-12-31' }).expect(200);
      // Start: A B D G H (5). End: A B E F H (5). Hires C E F; leavers D (involuntary), C (voluntary, hired the same year), G (other, on 31 Dec).
      expect(response.body.total).toEqual({
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
      expect(response.body.monthly).toHaveLength(12);
      expect(response.body.monthly[1]).toMatchObject({ month: '2024-02', from: '2024-02-01', to: '2024-02-29', endHeadcount: 6 });
      expect(response.body.monthly[5]).toMatchObject({ month: '2024-06', leavers: 1, voluntaryLeavers: 1, endHeadcount: 5 });
    });

    it('refuses a period that ends before it starts or in the future, and dates that do not exist', async () => {
      const backwards = await get('retention', { departmentId: managed.id, from: '2024-12-31', to: '2024-01-01' }).expect(422);
      expect(backwards.body.errors).toEqual([{ field: 'from', message: expect.any(String) }]);
      const future = await get('retention', { departmentId: managed.id, to: '2999-01-01' }).expect(422);
      expect(future.body.errors[0].field).toBe('to');
      const invalid = await get('retention', { from: '2023-02-29' }).expect(400);
      expect(invalid.body.errors[0].field).toBe('from');
      expect((await get('recognition-retention', { months: 0 }).expect(400)).body.errors[0].field).toBe('months');
      expect((await get('tenure', { table: 'nope' }).expect(400)).body.errors[0].field).toBe('table');
      expect((await get('tenure', { asOf: '2999-01-01' }).expect(422)).body.errors[0].field).toBe('asOf');
    });
  });

  describe('recognition and retention', () => {
    it('splits people by recognition in their first six months and matches the hand-computed Kaplan–Meier curves', async () => {
      const { id: d } = await createDepartment(t.dataSource);
      const p1 = await person(d, '2023-01-01', '2023-12-31'); // hero in month 3 → recognised; left after 364 days
      const p2 = await person(d, '2023-01-01'); // only a reward, on the last day of month 6 → recognised; censored at 911 days
      const p3 = await person(d, '2023-01-01', '2023-07-01'); // hero on 2023-07-01: the window [hire, hire + 6 months) is over; left after 181 days
      const p4 = await person(d, '2022-02-28', '2024-02-29'); // hero of a hidden story and a revoked reward only; left on a leap day after 731 days
      const p5 = await person(d, '2024-01-01', '2024-03-31'); // hero of a deleted story only; left after 90 days
      await person(d, '2024-12-31'); // six months complete on asOf exactly: in, censored at 181 days
      await person(d, '2025-01-01'); // hired less than six months before asOf: left out
      await person(d, '2020-01-01', '2026-01-01'); // left after asOf: still employed then, censored at 2007 days
      await story([p1], '2023-03-01');
      const p2Reward = await reward(p2, '2023-06-30');
      await story([p3], '2023-07-01');
      await story([p4], '2022-03-01', { hidden: true });
      await reward(p4, '2022-04-01', true);
      await story([p5], '2024-01-10', { deleted: true });

      const response = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30', byDepartment: true }).expect(200);
      expect(response.body).toMatchObject({ months: 6, excludedRecentHires: 1, note: expect.stringContaining('left out') });
      // Recognised: p1 left at 364 (2 at risk) → 0.5; p2 censored at 911.
      expect(response.body.total.recognised).toMatchObject({
        people: 2,
        leavers: 1,
        stillEmployed: 1,
        retention12Months: 0.5,
        retention24Months: 0.5,
        medianTenureDays: 364,
      });
      expect(response.body.total.recognised.steps).toEqual([
        { day: 0, atRisk: 2, events: 0, censored: 0, survival: 1 },
        { day: 364, atRisk: 2, events: 1, censored: 0, survival: 0.5 },
        { day: 911, atRisk: 1, events: 0, censored: 1, survival: 0.5 },
      ]);
      // Not recognised: 90 (5 at risk) → 0.8; 181 (4 at risk, 1 left, 1 censored) → 0.6; 731 (2 at risk) → 0.3; 2007 censored.
      expect(response.body.total.notRecognised.steps).toEqual([
        { day: 0, atRisk: 5, events: 0, censored: 0, survival: 1 },
        { day: 90, atRisk: 5, events: 1, censored: 0, survival: 0.8 },
        { day: 181, atRisk: 4, events: 1, censored: 1, survival: 0.6 },
        { day: 731, atRisk: 2, events: 1, censored: 0, survival: 0.3 },
        { day: 2007, atRisk: 1, events: 0, censored: 1, survival: 0.3 },
      ]);
      expect(response.body.total.notRecognised).toMatchObject({
        people: 5,
        leavers: 3,
        retention12Months: 0.6,
        retention24Months: 0.6,
        medianTenureDays: 731,
        medianTenureYears: 2,
      });
      expect(response.body.departments).toEqual([expect.objectContaining({ departmentId: d, recognised: expect.objectContaining({ people: 2 }) })]);
      // One recognised leaver and three others: too few to tell the difference from chance.
      expect(response.body.total.logRank.recognisedVsNot).toMatchObject({
        observed1: 1,
        observed2: 3,
        chiSquare: null,
        pValue: null,
        hazardRatio: null,
        tooSmall: 'fewLeavers',
      });

      // The reward was p2's only recognition: revoked, it no longer counts.
      await t.dataSource.query('UPDATE rewards SET revoked_at = now() WHERE id = $1', [p2Reward]);
      const revoked = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30' }).expect(200);
      expect(revoked.body.total.recognised.people).toBe(1);
      expect(revoked.body.total.notRecognised.people).toBe(6);
      expect(revoked.body.departments).toBeUndefined();
    });

    it('adds people recognised by customers only as a third group; the three groups add up to everyone followed', async () => {
      const { id: d } = await createDepartment(t.dataSource);
      const both = await person(d, '2023-01-01'); // a colleague's story and a customer's: with peers and managers; censored at 911 days
      const c1 = await person(d, '2023-01-01', '2023-12-31'); // a customer's story only: by customers; left after 364 days
      const c2 = await person(d, '2023-01-01'); // a customer's story only: by customers; censored at 911 days
      const late = await person(d, '2023-01-01', '2023-07-01'); // a customer's story after month 6 and a hidden one: not recognised; left after 181 days
      await person(d, '2024-01-01'); // nothing: not recognised; censored at 546 days (2024 has 366)
      const recent = await person(d, '2025-03-01'); // hired less than six months before asOf: left out
      await story([both], '2023-02-01');
      await story([both], '2023-03-01', { fromCustomer: true });
      await story([c1], '2023-02-01', { fromCustomer: true });
      await story([c2], '2023-05-01', { fromCustomer: true });
      await story([late], '2023-07-01', { fromCustomer: true });
      await story([late], '2023-02-01', { fromCustomer: true, hidden: true });
      await story([recent], '2025-04-01', { fromCustomer: true });

      const response = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30', byDepartment: true }).expect(200);
      const { total } = response.body;
      expect(response.body.excludedRecentHires).toBe(1);
      // 1 by peers or managers + 2 by customers only + 2 not recognised = 5 people followed (6 hired, 1 left out).
      expect([total.recognised.people, total.recognisedByCustomers.people, total.notRecognised.people]).toEqual([1, 2, 2]);
      expect(total.cohort).toBe(5);
      expect(total.recognised.people + total.recognisedByCustomers.people + total.notRecognised.people).toBe(total.cohort);
      expect(total.recognised).toMatchObject({ leavers: 0, stillEmployed: 1, retention12Months: 1, medianTenureDays: null });
      // By customers: day 364, 2 at risk, 1 left → 0.5; 911 censored.
      expect(total.recognisedByCustomers.steps).toEqual([
        { day: 0, atRisk: 2, events: 0, censored: 0, survival: 1 },
        { day: 364, atRisk: 2, events: 1, censored: 0, survival: 0.5 },
        { day: 911, atRisk: 1, events: 0, censored: 1, survival: 0.5 },
      ]);
      expect(total.recognisedByCustomers).toMatchObject({
        leavers: 1,
        stillEmployed: 1,
        retention12Months: 0.5,
        retention24Months: 0.5,
        medianTenureDays: 364,
      });
      // Not recognised: day 181, 2 at risk, 1 left → 0.5; 546 censored.
      expect(total.notRecognised).toMatchObject({ people: 2, leavers: 1, retention12Months: 0.5, medianTenureDays: 181 });
      expect(response.body.note).toContain('Recognised by customers');
      expect(response.body.departments[0]).toMatchObject({ departmentId: d, cohort: 5, recognisedByCustomers: expect.objectContaining({ people: 2 }) });
      const csv = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30', format: 'csv' }).expect(200);
      expect(parse(csv.text).map((row) => [row[1], row[3]])).toEqual([
        ['group', 'people'],
        ['recognised_by_peers_or_managers', '1'],
        ['recognised_by_customers_only', '2'],
        ['not_recognised', '2'],
      ]);
    });

    it('says whether the difference is more than chance: log-rank test and hazard ratio as worked out by hand', async () => {
      const { id: d } = await createDepartment(t.dataSource);
      // Everyone hired on 2020-01-01; asOf 2025-06-30 = day 2007, where those still employed are censored.
      const hire = '2020-01-01';
      const peers = [
        await person(d, hire, '2021-12-01'), // day 700
        await person(d, hire, '2022-06-19'), // 900
        await person(d, hire, '2023-04-15'), // 1200
        await person(d, hire, '2024-02-09'), // 1500
        await person(d, hire, '2024-12-05'), // 1800
        await person(d, hire),
        await person(d, hire),
        await person(d, hire),
      ];
      const customers = [await person(d, hire, '2022-09-27'), await person(d, hire)]; // left on day 1000; censored
      // Not recognised: left on days 200, 300, 400, 500, 500, 600, 800, 1000, 1100, 1300; two censored.
      for (const leftOn of [
        '2020-07-19',
        '2020-10-27',
        '2021-02-04',
        '2021-05-15',
        '2021-05-15',
        '2021-08-23',
        '2022-03-11',
        '2022-09-27',
        '2023-01-05',
        '2023-07-24',
      ])
        await person(d, hire, leftOn);
      await person(d, hire);
      await person(d, hire);
      for (const p of peers) await story([p], '2020-02-01');
      for (const p of customers) await story([p], '2020-03-01', { fromCustomer: true });

      const response = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30', byDepartment: true }).expect(200);
      const { recognisedVsNot, peersOrManagersVsNot } = response.body.total.logRank;
      // Recognised (10 people: 8 by peers, 2 by customers) against not recognised (12). At each day someone left,
      // E1 += leavers × n1 ÷ n and V += leavers × n1 × n2 × (n − leavers) ÷ (n² × (n − 1)):
      //   day  200: n1 10, n2 12, 1 left → E1 0.454545, V 0.247934     day  900: 9, 5, 1 → 0.642857, 0.229592
      //   day  300: 10, 11, 1 → 0.476190, 0.249433                      day 1000: 8, 5, 2 → 1.230769, 0.433925
      //   day  400: 10, 10, 1 → 0.5, 0.25                               day 1100: 7, 4, 1 → 0.636364, 0.231405
      //   day  500: 10, 9, 2 → 1.052632, 0.470914                       day 1200: 7, 3, 1 → 0.7, 0.21
      //   day  600: 10, 7, 1 → 0.588235, 0.242215                       day 1300: 6, 3, 1 → 0.666667, 0.222222
      //   day  700: 10, 6, 1 → 0.625, 0.234375                          day 1500: 6, 2, 1 → 0.75, 0.1875
      //   day  800: 9, 6, 1 → 0.6, 0.24                                 day 1800: 5, 2, 1 → 0.714286, 0.204082
      // O1 = 6, E1 = 9.637545; O2 = 10, E2 = 16 − E1 = 6.362455; V = 3.653596.
      // χ² = (6 − 9.637545)² ÷ 3.653596 = 3.621565; p = erfc(√(χ² ÷ 2)) = 0.05704.
      // HR = exp((O1 − E1) ÷ V) = exp(−0.995607) = 0.369499; 95% CI exp(−0.995607 ± 1.96 ÷ √V) = 0.132521 … 1.030248.
      expect(recognisedVsNot).toMatchObject({ people1: 10, people2: 12, observed1: 6, observed2: 10, tooSmall: null });
      expect(recognisedVsNot.expected1).toBeCloseTo(9.6375, 3);
      expect(recognisedVsNot.variance).toBeCloseTo(3.6536, 3);
      expect(recognisedVsNot.chiSquare).toBeCloseTo(3.6216, 3);
      expect(recognisedVsNot.pValue).toBeCloseTo(0.05704, 3);
      expect(recognisedVsNot.hazardRatio).toBeCloseTo(0.3695, 3);
      expect(recognisedVsNot.hazardRatioLow).toBeCloseTo(0.1325, 3);
      expect(recognisedVsNot.hazardRatioHigh).toBeCloseTo(1.0302, 3);
      // By peers or managers only (8 people, 5 left) against the same 12: E1 = 8.251304, V = 3.554007, χ² = 2.974383,
      // p = 0.08459, HR = 0.400586 (0.141635 … 1.132974).
      expect(peersOrManagersVsNot).toMatchObject({ people1: 8, people2: 12, observed1: 5, observed2: 10, tooSmall: null });
      expect(peersOrManagersVsNot.chiSquare).toBeCloseTo(2.9744, 3);
      expect(peersOrManagersVsNot.pValue).toBeCloseTo(0.08459, 3);
      expect(peersOrManagersVsNot.hazardRatio).toBeCloseTo(0.4006, 3);
      expect(peersOrManagersVsNot.hazardRatioLow).toBeCloseTo(0.1416, 3);
      expect(peersOrManagersVsNot.hazardRatioHigh).toBeCloseTo(1.133, 3);
      expect(response.body.departments[0].logRank.recognisedVsNot).toEqual(recognisedVsNot);
      expect(response.body.note).toContain('log-rank');

      const csv = parse((await get('recognition-retention', { departmentId: d, asOf: '2025-06-30', format: 'csv', table: 'log-rank' }).expect(200)).text);
      const column = (name: string) => csv[0].indexOf(name);
      expect(csv.map((row) => [row[column('comparison')], row[column('chi_square')], row[column('p_value')], row[column('hazard_ratio')]])).toEqual([
        ['comparison', 'chi_square', 'p_value', 'hazard_ratio'],
        ['recognised_vs_not_recognised', '3.6216', '0.05704', '0.3695'],
        ['peers_or_managers_vs_not_recognised', '2.9744', '0.08459', '0.4006'],
      ]);
    });

    it('accepts another recognition window', async () => {
      const { id: d } = await createDepartment(t.dataSource);
      const late = await person(d, '2023-01-01');
      await story([late], '2023-10-01'); // month 10: recognised within 12 months, not within 6
      const six = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30' }).expect(200);
      const twelve = await get('recognition-retention', { departmentId: d, asOf: '2025-06-30', months: 12 }).expect(200);
      expect([six.body.total.recognised.people, twelve.body.total.recognised.people]).toEqual([0, 1]);
    });
  });

  describe('recognition coverage', () => {
    it('counts people recognised in the last 30, 90 and 365 days and lists those never recognised', async () => {
      const { id: d } = await createDepartment(t.dataSource);
      const asOf = '2025-06-30';
      const q1 = await person(d, '2020-01-01');
      const q2 = await person(d, '2020-01-01');
      const q3 = await person(d, '2020-01-01');
      const q4 = await person(d, '2020-01-01');
      const q5 = await person(d, '2020-01-01');
      const q6 = await person(d, '2019-05-05');
      const q7 = await person(d, '2020-01-01', '2025-01-01');
      await story([q1], asOf); // today: 30, 90, 365
      await reward(q2, '2025-06-01'); // asOf − 29: 30, 90, 365
      await story([q3], '2025-05-31'); // asOf − 30: 90, 365
      await story([q4], '2024-07-01'); // asOf − 364: 365
      await story([q5], '2024-06-30'); // asOf − 365: none of the windows, but recognised once
      await story([q6], '2025-07-05'); // after asOf: does not count
      await story([q6], '2025-06-10', { hidden: true }); // hidden: does not count
      await story([q7], '2025-06-29'); // left: not in the headcount
      const response = await get('recognition-coverage', { departmentId: d, asOf }).expect(200);
      expect(response.body.total).toEqual({
        headcount: 6,
        recognised30Days: 2,
        share30Days: 0.3333,
        recognised90Days: 3,
        share90Days: 0.5,
        recognised365Days: 4,
        share365Days: 0.6667,
        neverRecognised: 1,
      });
      expect(response.body.neverRecognised).toEqual([expect.objectContaining({ id: q6.id, name: q6.name, hiredOn: '2019-05-05' })]);
      expect(response.body.neverRecognisedTruncated).toBe(false);
    });
  });

  describe('empowerment', () => {
    it('gives the first-contact resolution share per department, channel and month', async () => {
      const w = await createDepartment(t.dataSource);
      const v = await createDepartment(t.dataSource);
      const w1 = await person(w.id, '2020-01-01');
      const v1 = await person(v.id, '2020-01-01');
      await story([w1], '2025-01-05', { channel: 'phone', firstContact: true });
      await story([w1], '2025-01-20', { channel: 'phone', firstContact: false });
      await story([w1, v1], '2025-02-14', { channel: 'chat', firstContact: true });
      await story([w1], '2025-03-03', { channel: 'chat', firstContact: true, hidden: true });
      await story([w1], '2024-12-31', { channel: 'chat', firstContact: false });
      const response = await get('empowerment', { departmentId: w.id, from: '2025-01-01', to: '2025-03-31' }).expect(200);
      expect(response.body.total).toEqual({ stories: 3, firstContact: 2, share: 0.6667 });
      expect(response.body.monthly).toEqual([
        { month: '2025-01', stories: 2, firstContact: 1, share: 0.5 },
        { month: '2025-02', stories: 1, firstContact: 1, share: 1 },
        { month: '2025-03', stories: 0, firstContact: 0, share: null },
      ]);
      expect(response.body.departments).toEqual([expect.objectContaining({ departmentId: w.id, stories: 3, firstContact: 2 })]);
      const channels = Object.fromEntries(
        response.body.channels.map((c: { channel: string; stories: number; firstContact: number }) => [c.channel, [c.stories, c.firstContact]]),
      );
      expect(channels).toMatchObject({ phone: [2, 1], chat: [1, 1], email: [0, 0] });
      // The shared story also counts for the other hero's department.
      const other = await get('empowerment', { departmentId: v.id, from: '2025-01-01', to: '2025-03-31' }).expect(200);
      expect(other.body.total).toEqual({ stories: 1, firstContact: 1, share: 1 });
    });
  });

  describe('customer compliments', () => {
    it('counts compliments, stories, confirmed emails and the median time to a story per department, month and person', async () => {
      const { id: d } = await createDepartment(t.dataSource);
      const ana = await person(d, '2020-01-01');
      const ben = await person(d, '2020-01-01');
      const compliment = (employeeId: string | null, createdAt: string, more: { reviewedAt?: string; emailConfirmed?: boolean; status?: 'discarded' } = {}) =>
        insertCustomerCompliment(t.dataSource, {
          departmentId: d,
          employeeId,
          createdAt,
          status: more.status ?? (more.reviewedAt ? 'published' : 'new'),
          reviewedAt: more.reviewedAt,
          emailConfirmed: more.emailConfirmed,
        });
      await compliment(ana.id, '2025-01-05T10:00:00Z', { reviewedAt: '2025-01-05T12:00:00Z', emailConfirmed: true }); // story after 2 h
      await compliment(ana.id, '2025-01-20T09:00:00Z', { reviewedAt: '2025-01-21T15:00:00Z' }); // story after 30 h
      await compliment(ben.id, '2025-02-10T08:00:00Z', { reviewedAt: '2025-02-10T13:00:00Z', emailConfirmed: true }); // story after 5 h
      await compliment(ben.id, '2025-02-11T08:00:00Z', { emailConfirmed: true }); // waiting for a manager
      await compliment(null, '2025-02-12T08:00:00Z'); // for the whole team, no hero chosen yet: the department only
      await compliment(ana.id, '2025-02-13T08:00:00Z', { status: 'discarded' }); // discarded: not counted
      await compliment(ana.id, '2024-12-31T23:30:00Z', { reviewedAt: '2025-01-01T01:00:00Z' }); // before the period
      await compliment(ana.id, '2025-03-01T00:10:00Z'); // after it

      const response = await get('customer-compliments', { departmentId: d, from: '2025-01-01', to: '2025-02-28' }).expect(200);
      // Received 5; 3 became stories; 3 of 5 customers confirmed their email = 0.6; hours 2, 5, 30 → median 5.
      const total = { received: 5, becameStories: 3, emailConfirmed: 3, emailConfirmedShare: 0.6, medianHoursToStory: 5 };
      expect(response.body).toMatchObject({ from: '2025-01-01', to: '2025-02-28', timeZone: 'UTC', total });
      // January: 2 received, both stories (2 h and 30 h → median 16), 1 of 2 confirmed. February: 3, 1 story (5 h), 2 of 3 confirmed.
      expect(response.body.monthly).toEqual([
        { month: '2025-01', received: 2, becameStories: 2, emailConfirmed: 1, emailConfirmedShare: 0.5, medianHoursToStory: 16 },
        { month: '2025-02', received: 3, becameStories: 1, emailConfirmed: 2, emailConfirmedShare: 0.6667, medianHoursToStory: 5 },
      ]);
      expect(response.body.departments).toEqual([{ departmentId: d, departmentName: expect.any(String), ...total, monthly: response.body.monthly }]);
      // Ana 2 (both stories), Ben 2 (one story): more stories first on a tie. The team's compliment has no person.
      expect(response.body.people).toEqual([
        {
          employeeId: ana.id,
          name: ana.name,
          departmentId: d,
          departmentName: expect.any(String),
          received: 2,
          becameStories: 2,
          emailConfirmed: 1,
          emailConfirmedShare: 0.5,
          medianHoursToStory: 16,
        },
        {
          employeeId: ben.id,
          name: ben.name,
          departmentId: d,
          departmentName: expect.any(String),
          received: 2,
          becameStories: 1,
          emailConfirmed: 2,
          emailConfirmedShare: 1,
          medianHoursToStory: 5,
        },
      ]);

      const csv = await get('customer-compliments', { departmentId: d, from: '2025-01-01', to: '2025-02-28', format: 'csv', table: 'people' }).expect(200);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="customer-compliments-people-2025-01-01-to-2025-02-28.csv"');
      expect(parse(csv.text)).toEqual([
        ['name', 'department', 'received', 'became_stories', 'email_confirmed', 'email_confirmed_share', 'median_hours_to_story'],
        [ana.name, expect.any(String), '2', '2', '1', '0.5', '16'],
        [ben.name, expect.any(String), '2', '1', '2', '1', '5'],
      ]);

      // Days are the company's: at UTC−5 (Bogotá) the one sent at 00:10 UTC on 1 March was sent on 28 February there,
      // and the one at 23:30 UTC on 31 December is still on 31 December: 5 + 1 = 6.
      const zoned = await startTestApp({ COMPANY_TIME_ZONE: 'America/Bogota' });
      try {
        const there = await zoned.http
          .get('/api/reports/customer-compliments')
          .query({ departmentId: d, from: '2025-01-01', to: '2025-02-28' })
          .set(as.admin.auth)
          .expect(200);
        expect(there.body.total.received).toBe(6);
      } finally {
        await zoned.close();
      }
    });
  });

  describe('access', () => {
    const paths = ['tenure', 'retention', 'recognition-retention', 'recognition-coverage', 'empowerment', 'customer-compliments'];

    it('refuses staff', async () => {
      for (const path of paths) await get(path, {}, as.staff).expect(403);
    });

    it('shows managers only their departments and refuses others', async () => {
      const elsewhere = await createDepartment(t.dataSource);
      for (const path of paths) {
        const own = await get(path, {}, as.manager).expect(200);
        if (path !== 'recognition-retention') expect(own.body.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([managed.id]);
        const other = await get(path, { departmentId: elsewhere.id }, as.manager).expect(403);
        expect(other.body.errors[0].field).toBe('departmentId');
      }
      const split = await get('recognition-retention', { byDepartment: true }, as.manager).expect(200);
      expect(split.body.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([managed.id]);
    });

    it('answers 422 for a department that does not exist', async () => {
      const response = await get('tenure', { departmentId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(response.body.errors[0].field).toBe('departmentId');
    });
  });

  describe('CSV', () => {
    it('returns one table as CSV with a header row, quoting, and formula cells neutralised', async () => {
      const department = await createDepartment(t.dataSource, `=HYPERLINK("x"), "Sales" ${uniqueSuffix()}`);
      await person(department.id, '2024-01-01');
      const response = await get('tenure', { departmentId: department.id, asOf: '2025-02-28', format: 'csv' }).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="tenure-departments-2025-02-28.csv"');
      expect(response.text.startsWith('\uFEFF')).toBe(true);
      const rows: string[][] = parse(response.text);
      expect(rows[0]).toEqual([
        'department',
        'headcount',
        'average_tenure_years',
        'median_tenure_years',
        'under_6_months_count',
        'under_6_months_share',
        '6_months_to_4_years_count',
        '6_months_to_4_years_share',
        '4_to_12_years_count',
        '4_to_12_years_share',
        '12_years_plus_count',
        '12_years_plus_share',
      ]);
      expect(rows[1][0]).toBe(`'${department.name}`);
      expect(rows[1].slice(1, 4)).toEqual(['1', '1.16', '1.16']);
      expect(rows[2][0]).toBe('All departments');
      expect(response.text).toContain('"\'=HYPERLINK(""x""), ""Sales""');
    });

    it('answers Accept: text/csv, and gives every table of every report', async () => {
      const department = await workforce();
      const viaAccept = await t.http
        .get('/api/reports/retention')
        .query({ departmentId: department.id, from: '2024-01-01', to: '2024-12-31', table: 'monthly' })
        .set(as.admin.auth)
        .set('Accept', 'text/csv')
        .expect(200);
      const rows: string[][] = parse(viaAccept.text);
      expect(rows[0].slice(0, 4)).toEqual(['month', 'from', 'to', 'start_headcount']);
      expect(rows).toHaveLength(13);
      const tables: Record<string, string[]> = {
        tenure: ['departments', 'histogram'],
        retention: ['departments', 'monthly'],
        'recognition-retention': ['summary', 'curve', 'at-risk', 'log-rank'],
        'recognition-coverage': ['departments', 'never-recognised'],
        empowerment: ['departments', 'channels'],
        'customer-compliments': ['departments', 'monthly', 'people'],
      };
      // Stories, so the first-contact tables have something to count.
      const [first, second] = (await t.dataSource.query(
        'SELECT id, department_id AS "departmentId" FROM employees WHERE department_id = $1 AND left_on IS NULL LIMIT 2',
        [department.id],
      )) as TestEmployee[];
      await story([first], '2024-05-02', { channel: 'chat' });
      await story([second], '2024-09-12', { channel: 'phone', firstContact: false });
      await insertCustomerCompliment(t.dataSource, { departmentId: department.id, employeeId: first.id, createdAt: new Date().toISOString() });
      for (const [path, names] of Object.entries(tables)) {
        for (const table of names) {
          const response = await get(path, { departmentId: department.id, format: 'csv', table }).expect(200);
          expect(response.headers['content-type']).toMatch(/^text\/csv/);
          const [header, ...body] = parse(response.text) as string[][];
          expect({ path, table, dataRows: body.length > 0 }).toEqual({ path, table, dataRows: true });
          for (const row of body) expect({ path, table, cells: row.length }).toEqual({ path, table, cells: header.length });
          if (table === 'departments') expect(body.map((row) => row[0])).toContain(department.name);
        }
      }
    });
  });
});
