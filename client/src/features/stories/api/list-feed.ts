import { infiniteQueryOptions, type QueryClient, useInfiniteQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Story = components['schemas']['StoryDto'];
export type FeedPage = components['schemas']['FeedPageDto'];
export type FeedQuery = NonNullable<paths['/api/feed']['get']['parameters']['query']>;

export const storiesKey = ['stories'] as const;

export async function listFeed(query: FeedQuery, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/feed', { params: { query }, signal }));
}

export const feedQueryOptions = (query: Omit<FeedQuery, 'cursor'>) =>
  infiniteQueryOptions({
    queryKey: [...storiesKey, 'feed', query],
    queryFn: ({ pageParam, signal }) => listFeed({ ...query, cursor: pageParam, limit: query.limit ?? 10 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useFeed(query: Omit<FeedQuery, 'cursor'>, enabled = true) {
  return useInfiniteQuery({ ...feedQueryOptions(query), enabled });
}

/** After a story changed on the server: keep its page fresh and refetch the feeds it appears in. */
export function storyChanged(queryClient: QueryClient, story: Story) {
  queryClient.setQueryData([...storiesKey, 'detail', story.id], story);
  return queryClient.invalidateQueries({ queryKey: [...storiesKey, 'feed'] });
}
