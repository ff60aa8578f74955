import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storyKeys } from '../../stories';

/** A story's endorsements sit under stories' keys, so a change that refreshes every story refreshes them too. */
export const endorsementKeys = {
  of: (storyId: string) => [...storyKeys.all, 'endorsements', storyId] as const,
};

export function useEndorsements(storyId: string) {
  return useQuery({
    queryKey: endorsementKeys.of(storyId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/stories/{id}/endorsements', { params: { path: { id: storyId }, query: { limit: 50 } }, signal })),
  });
}
