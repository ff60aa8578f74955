import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from '../../employees';

/** Current employees whose name matches (in one department, when given), for the hero picker. */
export function useHeroSearch(q: string, departmentId?: string) {
  return useQuery({
    queryKey: [...employeesKey, 'hero-search', q, departmentId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/employees', { params: { query: { q: q.trim() || undefined, departmentId, status: 'active', limit: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}
