import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from './list-employees';

export async function getEmployee(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/employees/{id}', { params: { path: { id } }, signal }));
}

export const employeeQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...employeesKey, 'detail', id], queryFn: ({ signal }) => getEmployee(id, signal) });

export function useEmployee(id: string) {
  return useQuery(employeeQueryOptions(id));
}
