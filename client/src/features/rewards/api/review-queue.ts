import { useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reviewQueueKey } from './rewards-keys';

export type ReviewQueueItem = components['schemas']['ReviewQueueItemDto'];

export function useReviewQueue(query: { departmentId?: string; days?: number }) {
  return useInfiniteQuery({
    queryKey: [...reviewQueueKey, query],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/review-queue', { params: { query: { ...query, cursor: pageParam, limit: 10 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
