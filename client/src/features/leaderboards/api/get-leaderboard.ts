import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type LeaderboardEntry = components['schemas']['LeaderboardEntryDto'];
export type LeaderboardQuery = NonNullable<paths['/api/leaderboards']['get']['parameters']['query']>;

export const leaderboardsKey = ['leaderboards'] as const;

/** Refetch every leaderboard: a reward, a revoke or a change to the points rules moves people on it. */
export function invalidateLeaderboards(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: leaderboardsKey });
}

export function useLeaderboard(query: LeaderboardQuery) {
  return useQuery({
    queryKey: [...leaderboardsKey, query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/leaderboards', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
