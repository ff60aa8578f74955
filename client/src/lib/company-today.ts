import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import { unwrap } from './problem';
import { todayIso } from './tenure';

/**
 * Today's date in the company's time zone, by the server's clock: the latest day the server accepts for
 * dates that cannot be in the future (a story's day, a hire, a departure, a report's "as of"). The browser's
 * own calendar is not used because a person ahead of the company's time zone (Manila at 04:00 for a company
 * on UTC) would otherwise be offered a day the server refuses.
 */
export const companyTodayQueryOptions = () =>
  queryOptions({
    queryKey: ['config', 'company-today'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/config', { signal })).today,
    // The day turns over at the company's midnight; re-asking every few minutes keeps a tab left open overnight right.
    staleTime: 5 * 60_000,
    refetchInterval: 15 * 60_000,
  });

export function useCompanyToday() {
  return useQuery(companyTodayQueryOptions());
}

/** The company's today for what is only shown (tenure, the next anniversary): the browser's until the server answers. */
export function useToday(): string {
  return useCompanyToday().data ?? todayIso();
}
