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
    // Department names show on every employee too.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['departments', 'employees', 'me'].includes(String(query.queryKey[0])) }),
  });
}
