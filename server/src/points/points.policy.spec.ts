import { CurrentEmployee } from '../common/current-employee';
import { canSeePoints, expiryDate, leaverExpiryDate, pointsDue, unspentLots, upcomingExpiry } from './points.policy';
import { signedInAs } from '../../test/current-employee';

const viewer = (over: Partial<CurrentEmployee>) => signedInAs({ id: 'v', name: 'V', ...over });

describe('points expiry', () => {
  it('counts N calendar months from the day received, clamped to the end of a short month', () => {
    expect(expiryDate('2026-01-15', 12)).toBe('2027-01-15');
    expect(expiryDate('2025-11-30', 4)).toBe('2026-03-30');
    expect(expiryDate('2025-08-31', 6)).toBe('2026-02-28');
    expect(expiryDate('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('spends the oldest points first, so what remains is the newest', () => {
    const lots = [
      { receivedOn: '2026-03-01', points: 100 },
      { receivedOn: '2026-01-01', points: 50 },
    ];
    expect(unspentLots(lots, 70, 12)).toEqual([{ expiresOn: '2027-03-01', points: 80 }]);
    expect(unspentLots(lots, 0, 12)).toEqual([
      { expiresOn: '2027-01-01', points: 50 },
      { expiresOn: '2027-03-01', points: 100 },
    ]);
    expect(unspentLots(lots, 500, 12)).toEqual([]);
  });

  it('expires only what is unspent and past its day, never more than the balance', () => {
    const lots = [
      { receivedOn: '2025-01-10', points: 120 },
      { receivedOn: '2025-06-10', points: 80 },
    ];
    expect(pointsDue(lots, 20, 12, '2026-01-09', 180)).toBe(0);
    expect(pointsDue(lots, 20, 12, '2026-01-10', 180)).toBe(100);
    expect(pointsDue(lots, 20, 12, '2026-06-10', 180)).toBe(180);
    expect(pointsDue(lots, 20, 12, '2026-06-10', 50)).toBe(50);
  });

  it('lists upcoming expiry by day, soonest first, leaving out what is spent or already past', () => {
    const lots = [
      { receivedOn: '2025-03-31', points: 100 },
      { receivedOn: '2025-03-31', points: 20 },
      { receivedOn: '2025-05-02', points: 60 },
      { receivedOn: '2024-01-01', points: 10 },
    ];
    expect(upcomingExpiry(lots, 10, 12, '2026-01-01')).toEqual([
      { expiresOn: '2026-03-31', points: 120 },
      { expiresOn: '2026-05-02', points: 60 },
    ]);
  });

  it('keeps a leaver’s points for the grace days after their last day', () => {
    expect(leaverExpiryDate('2026-01-31', 90)).toBe('2026-05-01');
    expect(leaverExpiryDate('2026-01-31', 0)).toBe('2026-01-31');
  });
});

describe('who sees a person’s points', () => {
  const person = { id: 'p', departmentId: 'd1', managerId: 'm' };
  it('lets the person, the manager they report to, managers of their department and admins see them', () => {
    expect(canSeePoints(viewer({ id: 'p' }), person)).toBe(true);
    expect(canSeePoints(viewer({ id: 'm', role: 'manager' }), person)).toBe(true);
    expect(canSeePoints(viewer({ role: 'manager', managedDepartmentIds: ['d1'] }), person)).toBe(true);
    expect(canSeePoints(viewer({ role: 'admin' }), person)).toBe(true);
  });
  it('keeps them from colleagues and from managers of other departments', () => {
    expect(canSeePoints(viewer({}), person)).toBe(false);
    expect(canSeePoints(viewer({ role: 'manager', managedDepartmentIds: ['d2'] }), person)).toBe(false);
  });
});
