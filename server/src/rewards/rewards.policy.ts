import { addDays, periodStart } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { ChampionPeriod } from './reward.entity';

/** How long after giving it a reward can be taken back (by its giver or an admin). */
export const REVOKE_WINDOW_HOURS = 24;

export function canRevoke(
  viewer: CurrentEmployee,
  row: { giverId: string; createdAt: Date | string; revokedAt: Date | string | null },
  now = Date.now(),
): boolean {
  return !row.revokedAt && (row.giverId === viewer.id || viewer.role === 'admin') && now - new Date(row.createdAt).getTime() < REVOKE_WINDOW_HOURS * 3_600_000;
}

/** The first day of the period before the one `today` is in. */
export function previousPeriodStart(period: ChampionPeriod, today: string): string {
  return periodStart(period, addDays(periodStart(period, today), -1));
}

/**
 * A manager names the champion of the current period, or of the one just ended (the month's champion is often
 * chosen in the first days of the next). Further back rewrites history other people already saw on the boards and
 * in the retention reports: an admin does that, say when correcting a record.
 */
export function mayNameChampionFor(viewer: CurrentEmployee, period: ChampionPeriod, start: string, today: string): boolean {
  return viewer.role === 'admin' || start >= previousPeriodStart(period, today);
}
