import { demoEmployees, DEMO_SIGN_INS } from './demo-company';

describe('the demo company', () => {
  const today = '2026-11-22';
  const people = demoEmployees(today);
  const years = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86400_000);

  it('has about sixty people with unique emails, including a sign-in for each role', () => {
    expect(people.length).toBeGreaterThanOrEqual(55);
    expect(people.length).toBeLessThanOrEqual(70);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    for (const demo of DEMO_SIGN_INS) expect(people.find((p) => p.email === demo.email)).toMatchObject({ role: demo.role, leftOn: null });
  });

  it('spreads hire dates over fifteen years, none in the future', () => {
    const tenures = people.map((p) => years(p.hiredOn, today));
    expect(Math.max(...tenures)).toBeGreaterThan(12);
    expect(Math.min(...tenures)).toBeGreaterThanOrEqual(0);
    expect(tenures.filter((t) => t < 0.5).length).toBeGreaterThan(0);
    expect(tenures.filter((t) => t >= 4 && t < 12).length).toBeGreaterThan(0);
  });

  it('has about ten leavers, each leaving after being hired and before today, with a reason', () => {
    const leavers = people.filter((p) => p.leftOn);
    expect(leavers.length).toBeGreaterThanOrEqual(8);
    expect(leavers.length).toBeLessThanOrEqual(14);
    for (const p of leavers) {
      expect(p.leftOn! > p.hiredOn).toBe(true);
      expect(p.leftOn! < today).toBe(true);
      expect(['voluntary', 'involuntary', 'other']).toContain(p.leaveReason);
    }
    expect(new Set(leavers.map((p) => p.leaveReason))).toEqual(new Set(['voluntary', 'involuntary', 'other']));
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
