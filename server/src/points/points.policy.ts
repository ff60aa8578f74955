import { CurrentEmployee, canManageDepartment } from '../common/current-employee';

/** Points received on one day, net of any revoke: the unit that expires. */
export interface PointsLot {
  receivedOn: string;
  points: number;
}

export interface ExpiringLot {
  expiresOn: string;
  points: number;
}

/** The day points received on `receivedOn` expire: N calendar months later (clamped to the month's last day). */
export function expiryDate(receivedOn: string, months: number): string {
  const [y, m, d] = receivedOn.split('-').map(Number);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * What is left of each lot once `consumed` points (redeemed, not declined, plus already expired) are taken
 * oldest first: spending always uses the points that would expire soonest. Lots come back by expiry date,
 * with the zero ones left out.
 */
export function unspentLots(lots: PointsLot[], consumed: number, months: number): ExpiringLot[] {
  let left = Math.max(0, consumed);
  const result: ExpiringLot[] = [];
  for (const lot of [...lots].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))) {
    if (lot.points <= 0) continue;
    const taken = Math.min(left, lot.points);
    left -= taken;
    if (lot.points > taken) result.push({ expiresOn: expiryDate(lot.receivedOn, months), points: lot.points - taken });
  }
  return result;
}

/** Points that are due to expire on or before `asOf` (never more than the balance). */
export function pointsDue(lots: PointsLot[], consumed: number, months: number, asOf: string, balance: number): number {
  const due = unspentLots(lots, consumed, months)
    .filter((lot) => lot.expiresOn <= asOf)
    .reduce((sum, lot) => sum + lot.points, 0);
  return Math.min(due, Math.max(0, balance));
}

/** Expiry still to come, one row per day, soonest first ("120 points expire on 31 March"). */
export function upcomingExpiry(lots: PointsLot[], consumed: number, months: number, today: string): ExpiringLot[] {
  const byDay = new Map<string, number>();
  for (const lot of unspentLots(lots, consumed, months)) {
    if (lot.expiresOn > today) byDay.set(lot.expiresOn, (byDay.get(lot.expiresOn) ?? 0) + lot.points);
  }
  return [...byDay].map(([expiresOn, points]) => ({ expiresOn, points }));
}

/** The day a leaver's unspent points expire: `graceDays` after their last day. */
export function leaverExpiryDate(leftOn: string, graceDays: number): string {
  const date = new Date(`${leftOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + graceDays);
  return date.toISOString().slice(0, 10);
}

/** A person's balance and ledger are theirs, their managers' (of their department, or whom they report to) and admins'. */
export function canSeePoints(viewer: CurrentEmployee, person: { id: string; departmentId: string; managerId: string | null }): boolean {
  return viewer.id === person.id || viewer.role === 'admin' || person.managerId === viewer.id || canManageDepartment(viewer, person.departmentId);
}
