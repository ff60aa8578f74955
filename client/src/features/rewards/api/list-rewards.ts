import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { rewardsKey } from './rewards-keys';

type LedgerQuery = NonNullable<paths['/api/rewards']['get']['parameters']['query']>;

/** The part of the reward ledger the signed-in person may read, newest first. */
export function useRewards(query: Omit<LedgerQuery, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: [...rewardsKey, 'ledger', query],
    queryFn: async ({ pageParam, signal }) => unwrap(await api.GET('/api/rewards', { params: { query: { ...query, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Champion titles (public): for one person, one department, or everyone. */
export function useChampions(query: NonNullable<paths['/api/rewards/champions']['get']['parameters']['query']>, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...rewardsKey, 'champions', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/rewards/champions', { params: { query }, signal })),
  });
}
