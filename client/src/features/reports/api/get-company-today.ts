import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

/** Today's date in the company's time zone: the reports' default "as of" day (the server refuses later days). */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const companyTodayQueryOptions = () =>
  queryOptions({
    queryKey: ['config', 'company-today'],
    queryFn: async ({ signal }) => todayIn(unwrap(await api.GET('/api/config', { signal })).companyTimeZone),
    staleTime: 60 * 60_000,
  });

export function useCompanyToday() {
  return useQuery(companyTodayQueryOptions());
}
