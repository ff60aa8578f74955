import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from './list-employees';

export type EmployeeChanges = components['schemas']['UpdateEmployeeDto'];

export async function updateEmployee({ id, changes }: { id: string; changes: EmployeeChanges }) {
  return unwrap(await api.PATCH('/api/employees/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEmployee,
    onSuccess: (employee) => {
      queryClient.setQueryData([...employeesKey, 'detail', employee.id], employee);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'employees' || query.queryKey[0] === 'departments' || query.queryKey[0] === 'me',
      });
    },
  });
}
