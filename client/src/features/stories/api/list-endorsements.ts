import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storiesKey } from './list-feed';

export function useEndorsements(storyId: string) {
  return useQuery({
    queryKey: [...storiesKey, 'endorsements', storyId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/stories/{id}/endorsements', { params: { path: { id: storyId }, query: { limit: 50 } }, signal })),
  });
}
