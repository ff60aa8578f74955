import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from '../../employees';

export type DirectoryPerson = components['schemas']['EmployeeDto'];
export interface DirectoryFilter {
  q: string;
  departmentId: string | null;
}

const PAGE_SIZE = 24;

/** The roster everyone may read (GET /employees, public fields), by name, a page at a time by cursor. */
export const peopleQueryOptions = (filter: DirectoryFilter) =>
  infiniteQueryOptions({
    queryKey: [...employeesKey, 'directory', filter],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/employees', {
          params: {
            query: { q: filter.q || undefined, departmentId: filter.departmentId ?? undefined, status: 'active', limit: PAGE_SIZE, cursor: pageParam },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  });

export function usePeople(filter: DirectoryFilter) {
  return useInfiniteQuery(peopleQueryOptions(filter));
}
