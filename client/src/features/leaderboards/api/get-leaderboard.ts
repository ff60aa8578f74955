import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type LeaderboardEntry = components['schemas']['LeaderboardEntryDto'];
export type LeaderboardQuery = NonNullable<paths['/api/leaderboards']['get']['parameters']['query']>;

/** Same key root as the rewards feature invalidates after a reward: ['leaderboards']. */
export function useLeaderboard(query: LeaderboardQuery) {
  return useQuery({
    queryKey: ['leaderboards', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/leaderboards', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
