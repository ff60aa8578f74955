import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type UnrecognisedChampion = components['schemas']['UnrecognisedChampionDto'];
type UnrecognisedQuery = { departmentId?: string; days?: number };

const unrecognised = ['champions', 'unrecognised'] as const;
export const championsKeys = { unrecognised, unrecognisedIn: (query: UnrecognisedQuery) => [...unrecognised, query] as const };

/** Refetch the unrecognised champions: someone was just rewarded (or a reward revoked). */
export function invalidateUnrecognised(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: championsKeys.unrecognised });
}

export function useUnrecognised(query: UnrecognisedQuery) {
  return useQuery({
    queryKey: championsKeys.unrecognisedIn(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/champions/unrecognised', { params: { query }, signal })),
  });
}
