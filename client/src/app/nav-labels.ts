import type { TFunction } from 'i18next';

/** The translated label of each page in the navigation, by path; a page missing here shows its English label from PAGES. */
const NAV_KEYS: Record<string, string> = {
  '/': 'app:nav.home',
  '/huddle': 'app:nav.huddle',
  '/leaderboards': 'app:nav.leaderboards',
  '/people': 'app:nav.people',
  '/review-queue': 'app:nav.reviewQueue',
  '/customer-compliments': 'app:nav.customerCompliments',
  '/champions': 'app:nav.champions',
  '/reports': 'app:nav.reports',
  '/points': 'app:nav.points',
  '/rewards': 'app:nav.rewards',
  '/me': 'app:nav.profile',
  '/me/email': 'app:nav.emailSettings',
  '/roster': 'app:nav.roster',
  '/values': 'app:nav.values',
  '/badges': 'app:nav.badges',
  '/settings/sso': 'app:nav.sso',
  '/departments': 'app:nav.departments',
  '/catalogue': 'app:nav.catalogue',
  '/fulfilment': 'app:nav.fulfilment',
  '/budgets': 'app:nav.budgets',
  '/fairness': 'app:nav.fairness',
  '/integrations': 'app:nav.integrations',
  '/outbox': 'app:nav.outbox',
  '/jobs': 'app:nav.jobs',
  '/audit': 'app:nav.audit',
};

export function navLabel(t: TFunction, path: string, english: string): string {
  const key = NAV_KEYS[path];
  return key ? t(key) : english;
}
