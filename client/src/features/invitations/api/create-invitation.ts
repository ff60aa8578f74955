import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateEmployees } from '../../employees';

export async function createInvitation(employeeId: string) {
  return unwrap(await api.POST('/api/employees/{id}/invitations', { params: { path: { id: employeeId } } }));
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    // The employee's account status becomes "invited".
    onSuccess: () => invalidateEmployees(queryClient),
  });
}
