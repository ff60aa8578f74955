import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storyKeys } from '../../stories';

/** The huddle's stories sit under stories' keys, so an endorsement made elsewhere updates the count shown here. */
export const huddleKeys = {
  of: (departmentId: string | null) => [...storyKeys.all, 'huddle', departmentId] as const,
};

export function useHuddle(departmentId: string | null) {
  return useQuery({
    queryKey: huddleKeys.of(departmentId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/feed/huddle', { params: { query: { departmentId: departmentId ?? undefined } }, signal })),
  });
}
