import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { auditQuery, type AuditFilters } from './audit-filters';

export type AuditEntry = components['schemas']['AuditEntryDto'];

export const auditKey = ['audit'] as const;

const PAGE_SIZE = 50;

export const auditLogQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: [...auditKey, 'log', filters],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/audit', { params: { query: { ...auditQuery(filters), cursor: pageParam, limit: PAGE_SIZE } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** The log newest first, a page at a time; the first page carries the (capped) count of matches. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery(auditLogQueryOptions(filters));
}

export const auditActionsQueryOptions = queryOptions({
  queryKey: [...auditKey, 'actions'],
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/audit/actions', { signal })),
  staleTime: Infinity,
});

/** Every kind of audited action in words, for the filter. */
export function useAuditActions() {
  return useQuery(auditActionsQueryOptions);
}
