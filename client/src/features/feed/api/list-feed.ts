import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storyKeys } from '../../stories';

export type FeedPage = components['schemas']['FeedPageDto'];
export type FeedQuery = NonNullable<paths['/api/feed']['get']['parameters']['query']>;

/** The feed's pages sit under stories' `storyKeys.feed`, so an edited or moderated story refreshes them. */
export const feedKeys = {
  all: storyKeys.feed,
  list: (query: Omit<FeedQuery, 'cursor'>) => [...storyKeys.feed, query] as const,
};

export async function listFeed(query: FeedQuery, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/feed', { params: { query }, signal }));
}

export const feedQueryOptions = (query: Omit<FeedQuery, 'cursor'>) =>
  infiniteQueryOptions({
    queryKey: feedKeys.list(query),
    queryFn: ({ pageParam, signal }) => listFeed({ ...query, cursor: pageParam, limit: query.limit ?? 10 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useFeed(query: Omit<FeedQuery, 'cursor'>, enabled = true) {
  return useInfiniteQuery({ ...feedQueryOptions(query), enabled });
}
