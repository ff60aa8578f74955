import { CurrentEmployee } from '../common/current-employee';
import { canRevoke, mayNameChampionFor, previousPeriodStart, REVOKE_WINDOW_HOURS } from './rewards.policy';
import { signedInAs } from '../../test/current-employee';

const person = (role: CurrentEmployee['role'], id = `${role}-1`) => signedInAs({ id, role, managedDepartmentIds: ['d1'] });

describe('rewards policy', () => {
  it(`lets the giver or an admin revoke within ${REVOKE_WINDOW_HOURS} hours, and nobody after`, () => {
    const given = new Date('2026-03-01T10:00:00Z');
    const row = { giverId: 'manager-1', createdAt: given, revokedAt: null };
    const justInside = given.getTime() + REVOKE_WINDOW_HOURS * 3_600_000 - 1;
    expect([
      canRevoke(person('manager'), row, justInside),
      canRevoke(person('admin', 'a'), row, justInside),
      canRevoke(person('manager', 'other'), row, justInside),
    ]).toEqual([true, true, false]);
    expect(canRevoke(person('manager'), row, justInside + 1)).toBe(false);
    expect(canRevoke(person('manager'), { ...row, revokedAt: given }, given.getTime())).toBe(false);
  });

  it('finds the previous month and quarter, across a year end', () => {
    expect(previousPeriodStart('month', '2026-01-15')).toBe('2025-12-01');
    expect(previousPeriodStart('quarter', '2026-02-10')).toBe('2025-10-01');
  });

  it('lets a manager name the champion of this period or the last one only; an admin any period', () => {
    const manager = person('manager');
    expect(mayNameChampionFor(manager, 'month', '2026-05-01', '2026-05-20')).toBe(true);
    expect(mayNameChampionFor(manager, 'month', '2026-04-01', '2026-05-20')).toBe(true);
    expect(mayNameChampionFor(manager, 'month', '2026-03-01', '2026-05-20')).toBe(false);
    expect(mayNameChampionFor(manager, 'quarter', '2019-01-01', '2026-05-20')).toBe(false);
    expect(mayNameChampionFor(person('admin'), 'month', '2019-03-01', '2026-05-20')).toBe(true);
  });
});
