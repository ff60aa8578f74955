import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type SearchResults = components['schemas']['SearchResultsDto'];
export type TextSegment = components['schemas']['TextSegmentDto'];

/** The server refuses longer queries; the box stops there too. */
export const SEARCH_MAX_LENGTH = 100;

export const searchKeys = { all: ['search'] as const, query: (q: string) => ['search', q] as const };

export const searchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: searchKeys.query(q),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/search', { params: { query: { q } }, signal })),
    enabled: q.length > 0,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

export function useSearch(q: string) {
  return useQuery(searchQueryOptions(q.trim()));
}
