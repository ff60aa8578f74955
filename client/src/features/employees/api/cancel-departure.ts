import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey, invalidateEmployees } from './list-employees';

/** Calls off a leaving date still to come, or (admins) undoes a departure recorded by mistake. */
export async function cancelDeparture(id: string) {
  return unwrap(await api.DELETE('/api/employees/{id}/departure', { params: { path: { id } } }));
}

export function useCancelDeparture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelDeparture,
    onSuccess: (employee) => {
      queryClient.setQueryData([...employeesKey, 'detail', employee.id], employee);
      return invalidateEmployees(queryClient);
    },
  });
}
