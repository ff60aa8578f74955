import type { components } from '../api/schema';

type Title = Pick<components['schemas']['ChampionBadgeDto'], 'period' | 'periodStart'>;

const month = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2026" or "Q4 2026". */
export function championPeriodLabel({ period, periodStart }: Title): string {
  const [year, m] = periodStart.split('-').map(Number);
  return period === 'quarter' ? `Q${Math.floor((m - 1) / 3) + 1} ${year}` : month.format(new Date(Date.UTC(year, m - 1, 1)));
}

export function championTitleText(title: Title & { department: { name: string } }): string {
  return `Champion of the ${title.period}, ${championPeriodLabel(title)}, ${title.department.name}`;
}

/** The first day of the month or quarter that `today` (YYYY-MM-DD) falls in. */
export function championPeriodStart(period: Title['period'], today: string): string {
  const [year, m] = today.split('-').map(Number);
  return period === 'quarter' ? `${year}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01` : `${today.slice(0, 7)}-01`;
}
