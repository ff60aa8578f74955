import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storiesKey } from './list-feed';

export function useHuddle(departmentId: string | null) {
  return useQuery({
    queryKey: [...storiesKey, 'huddle', departmentId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/feed/huddle', { params: { query: { departmentId: departmentId ?? undefined } }, signal })),
  });
}
