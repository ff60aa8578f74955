import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storyKeys } from './story-keys';

export function useRecognition(employeeId: string) {
  return useQuery({
    queryKey: storyKeys.recognition(employeeId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/employees/{id}/recognition', { params: { path: { id: employeeId } }, signal })),
  });
}
