import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type DepartmentChanges = components['schemas']['UpdateDepartmentDto'];

export async function updateDepartment({ id, changes }: { id: string; changes: DepartmentChanges }) {
  return unwrap(await api.PATCH('/api/departments/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDepartment,
    // Department names show on every employee (and on me) too. By name, not through employees' and profile's helpers:
    // employees imports departments (a hire or a departure moves headcounts), and the import cannot go both ways.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['departments', 'employees', 'me'].includes(String(query.queryKey[0])) }),
  });
}
