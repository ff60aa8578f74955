import type { components } from '../api/schema';

type Title = Pick<components['schemas']['ChampionBadgeDto'], 'period' | 'periodStart'>;

import { i18n } from './i18n';
import { dateTimeFormat } from './intl';

/** "November 2026" or "Q4 2026". */
export function championPeriodLabel({ period, periodStart }: Title): string {
  const [year, m] = periodStart.split('-').map(Number);
  if (period === 'quarter') return i18n.t('app:champion.quarter', { quarter: Math.floor((m - 1) / 3) + 1, year: String(year) });
  return dateTimeFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

export function championTitleText(title: Title & { department: { name: string } }): string {
  return i18n.t('app:champion.title', { period: title.period, when: championPeriodLabel(title), department: title.department.name });
}

/** The first day of the month or quarter that `today` (YYYY-MM-DD) falls in. */
export function championPeriodStart(period: Title['period'], today: string): string {
  const [year, m] = today.split('-').map(Number);
  return period === 'quarter' ? `${year}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01` : `${today.slice(0, 7)}-01`;
}
