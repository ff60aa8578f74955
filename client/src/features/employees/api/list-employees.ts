import { infiniteQueryOptions, keepPreviousData, type QueryClient, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Employee = components['schemas']['EmployeeDto'];
type RosterQuery = NonNullable<paths['/api/employees']['get']['parameters']['query']>;
export type EmployeeStatusFilter = NonNullable<RosterQuery['status']>;
export type RosterSort = NonNullable<RosterQuery['sort']>;
export type SortDirection = NonNullable<RosterQuery['direction']>;

/** People per roster page. */
export const ROSTER_PAGE_SIZE = 25;

export interface RosterFilters {
  q: string;
  departmentId: string | null;
  status: EmployeeStatusFilter;
  /** Only the departments the viewer manages (a manager's roster). */
  managed?: boolean;
  sort?: RosterSort;
  direction?: SortDirection;
  /** The numbered page the list starts at ("Load more" continues from it). */
  page?: number;
}

export async function listEmployees(filters: Partial<RosterFilters> & { cursor?: string; limit?: number }, signal?: AbortSignal) {
  const numbered = !filters.cursor && filters.page && filters.page > 1;
  return unwrap(
    await api.GET('/api/employees', {
      params: {
        query: {
          q: filters.q?.trim() || undefined,
          departmentId: filters.departmentId || undefined,
          status: filters.status,
          managed: filters.managed || undefined,
          sort: filters.sort && filters.sort !== 'name' ? filters.sort : undefined,
          direction: filters.direction === 'desc' ? 'desc' : undefined,
          page: numbered ? filters.page : undefined,
          cursor: filters.cursor,
          limit: filters.limit,
        },
      },
      signal,
    }),
  );
}

/** Every query about people sits under this key (the roster, pickers, the directory), so one change refreshes them all. */
export const employeesKey = ['employees'] as const;

export function invalidateEmployees(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: employeesKey });
}

export const rosterQueryOptions = (filters: RosterFilters) =>
  infiniteQueryOptions({
    queryKey: [...employeesKey, 'roster', filters],
    queryFn: ({ pageParam, signal }) => listEmployees({ ...filters, cursor: pageParam, limit: ROSTER_PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useRoster(filters: RosterFilters) {
  return useInfiniteQuery(rosterQueryOptions(filters));
}

/** A name search for pickers (current employees only). */
export const employeeSearchQueryOptions = (q: string, limit = 50) =>
  queryOptions({
    queryKey: [...employeesKey, 'search', q, limit],
    queryFn: ({ signal }) => listEmployees({ q, status: 'active', limit }, signal),
    placeholderData: keepPreviousData,
  });

export function useEmployeeSearch(q: string, limit?: number) {
  return useQuery(employeeSearchQueryOptions(q, limit));
}
