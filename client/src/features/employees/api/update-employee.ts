import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey, invalidateEmployees } from './list-employees';
import { invalidateDepartments } from '../../departments';
import { invalidateMe } from '../../profile';

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
      return Promise.all([invalidateEmployees(queryClient), invalidateDepartments(queryClient), invalidateMe(queryClient)]);
    },
  });
}
