import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateDepartments } from '../../departments';
import { invalidateEmployees } from './list-employees';

export type NewEmployee = components['schemas']['CreateEmployeeDto'];

export async function createEmployee(body: NewEmployee) {
  return unwrap(await api.POST('/api/employees', { body }));
}

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEmployee,
    // Headcounts on the departments page change too.
    onSuccess: () => Promise.all([invalidateEmployees(queryClient), invalidateDepartments(queryClient)]),
  });
}
