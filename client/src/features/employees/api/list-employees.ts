import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Employee = components['schemas']['EmployeeDto'];
export type EmployeeStatusFilter = NonNullable<NonNullable<paths['/api/employees']['get']['parameters']['query']>['status']>;

export interface RosterFilters {
  q: string;
  departmentId: string | null;
  status: EmployeeStatusFilter;
  /** Only the departments the viewer manages (a manager's roster). */
  managed?: boolean;
}

export async function listEmployees(filters: Partial<RosterFilters> & { cursor?: string; limit?: number }, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/employees', {
      params: {
        query: {
          q: filters.q?.trim() || undefined,
          departmentId: filters.departmentId || undefined,
          status: filters.status,
          managed: filters.managed || undefined,
          cursor: filters.cursor,
          limit: filters.limit,
        },
      },
      signal,
    }),
  );
}

export const employeesKey = ['employees'] as const;

export const rosterQueryOptions = (filters: RosterFilters) =>
  infiniteQueryOptions({
    queryKey: [...employeesKey, 'roster', filters],
    queryFn: ({ pageParam, signal }) => listEmployees({ ...filters, cursor: pageParam, limit: 25 }, signal),
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
