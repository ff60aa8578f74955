import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from './list-employees';

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
      return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'employees' || query.queryKey[0] === 'departments' });
    },
  });
}
