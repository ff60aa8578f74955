import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey, invalidateEmployees } from './list-employees';
import { invalidateDepartments } from '../../departments';

export type Departure = components['schemas']['RecordDepartureDto'];
export type LeaveReason = components['schemas']['LeaveReason'];

export async function recordDeparture({ id, departure }: { id: string; departure: Departure }) {
  return unwrap(await api.POST('/api/employees/{id}/departure', { params: { path: { id } }, body: departure }));
}

export function useRecordDeparture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDeparture,
    onSuccess: (employee) => {
      queryClient.setQueryData([...employeesKey, 'detail', employee.id], employee);
      return Promise.all([invalidateEmployees(queryClient), invalidateDepartments(queryClient)]);
    },
  });
}
