import { demoEmployees, DEMO_RETENTION_MODEL, DEMO_SIGN_INS } from './demo-company';

describe('the demo company', () => {
  const today = '2026-11-22';
  const people = demoEmployees(today);
  const years = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86400_000);

  it('has a few hundred people with unique emails, including a sign-in for each role', () => {
    expect(people.length).toBeGreaterThanOrEqual(300);
    expect(people.length).toBeLessThanOrEqual(400);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    for (const demo of DEMO_SIGN_INS) expect(people.find((p) => p.email === demo.email)).toMatchObject({ role: demo.role, leftOn: null });
  });

  it('spreads hire dates over fifteen years, none in the future, across every tenure band', () => {
    const active = people.filter((p) => !p.leftOn);
    const tenures = active.map((p) => years(p.hiredOn, today));
    expect(Math.max(...people.map((p) => years(p.hiredOn, today)))).toBeGreaterThan(14);
    expect(Math.min(...tenures)).toBeGreaterThanOrEqual(0);
    expect(tenures.filter((t) => t < 0.5).length).toBeGreaterThan(5);
    expect(tenures.filter((t) => t >= 0.5 && t < 4).length).toBeGreaterThan(20);
    expect(tenures.filter((t) => t >= 4 && t < 12).length).toBeGreaterThan(20);
    expect(tenures.filter((t) => t >= 12).length).toBeGreaterThan(3);
    expect(active.length).toBeGreaterThan(120);
  });

  it('has leavers, each leaving after being hired and before today, with every kind of reason', () => {
    const leavers = people.filter((p) => p.leftOn);
    expect(leavers.length).toBeGreaterThan(100);
    for (const p of leavers) {
      expect(p.leftOn! > p.hiredOn).toBe(true);
      expect(p.leftOn! < today).toBe(true);
      expect(['voluntary', 'involuntary', 'other']).toContain(p.leaveReason);
    }
    expect(new Set(leavers.map((p) => p.leaveReason))).toEqual(new Set(['voluntary', 'involuntary', 'other']));
  });

  it('builds in that people recognised in their first months stay longer', () => {
    const cohort = people.filter((p) => p.role === 'staff' && years(p.hiredOn, today) >= 1);
    const recognised = cohort.filter((p) => p.earlyRecognitionOn);
    const others = cohort.filter((p) => !p.earlyRecognitionOn);
    const leftWithinAYear = (group: typeof cohort) => group.filter((p) => p.leftOn && years(p.hiredOn, p.leftOn) < 1).length / group.length;
    expect(recognised.length / cohort.length).toBeGreaterThan(DEMO_RETENTION_MODEL.recognisedShare - 0.15);
    expect(leftWithinAYear(others) - leftWithinAYear(recognised)).toBeGreaterThan(0.08);
    for (const p of recognised) {
      expect(p.earlyRecognitionOn! > p.hiredOn && p.earlyRecognitionOn! < today).toBe(true);
      expect(years(p.hiredOn, p.earlyRecognitionOn!)).toBeLessThan(0.5);
      if (p.leftOn) expect(p.earlyRecognitionOn! < p.leftOn).toBe(true);
    }
  });

  it('gives every department a manager who is still employed', () => {
    const departments = new Set(people.map((p) => p.department));
    const managed = new Set(people.filter((p) => !p.leftOn).flatMap((p) => p.manages));
    expect(managed).toEqual(departments);
  });

  it('is the same company every time', () => {
    expect(demoEmployees(today)).toEqual(people);
  });
});
