import { type QueryClient, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type ReviewQueueItem = components['schemas']['ReviewQueueItemDto'];
type QueueQuery = { departmentId?: string; days?: number };

const all = ['review-queue'] as const;
export const reviewQueueKeys = { all, list: (query: QueueQuery) => [...all, query] as const };

/** Refetch the queue: a story was rewarded, or reviewed without one. */
export function invalidateReviewQueue(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: reviewQueueKeys.all });
}

export function useReviewQueue(query: QueueQuery) {
  return useInfiniteQuery({
    queryKey: reviewQueueKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/review-queue', { params: { query: { ...query, cursor: pageParam, limit: 10 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
