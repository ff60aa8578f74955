import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from '../../employees';

/** Current employees whose name matches, for the hero picker. */
export function useHeroSearch(q: string) {
  return useQuery({
    queryKey: [...employeesKey, 'hero-search', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/employees', { params: { query: { q: q.trim() || undefined, status: 'active', limit: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}
