import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Department = components['schemas']['DepartmentDto'];

export const departmentsKey = ['departments'] as const;

/** Refetch the departments (their headcounts move when people join, leave or are imported). */
export function invalidateDepartments(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: departmentsKey });
}

export async function listDepartments(signal?: AbortSignal): Promise<Department[]> {
  return unwrap(await api.GET('/api/departments', { signal }));
}

export const departmentsQueryOptions = () => queryOptions({ queryKey: departmentsKey, queryFn: ({ signal }) => listDepartments(signal), staleTime: 60_000 });

export function useDepartments() {
  return useQuery(departmentsQueryOptions());
}

/** Department choices for selects elsewhere in the app, sorted by name. */
/** Department choices, sorted by name; with `managedBy`, only the departments that person manages. */
export function useDepartmentOptions(managedBy?: string): { value: string; label: string }[] {
  const { data } = useDepartments();
  return (data ?? [])
    .filter((department) => !managedBy || department.managers.some((m) => m.id === managedBy))
    .map((department) => ({ value: department.id, label: department.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
