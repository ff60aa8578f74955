import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type NewEmployee = components['schemas']['CreateEmployeeDto'];

export async function createEmployee(body: NewEmployee) {
  return unwrap(await api.POST('/api/employees', { body }));
}

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEmployee,
    // Headcounts on the departments page change too.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'employees' || query.queryKey[0] === 'departments' }),
  });
}
