import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

/** A badge as the server documents it, and the icon names it may wear. */
export type Badge = components['schemas']['BadgeDto'];
export type BadgeIcon = components['schemas']['BadgeIcon'];
/** A badge as a reward carries it. */
export type BadgeRef = components['schemas']['BadgeRefDto'];

/** Every badges query starts with this key, so a change to a badge refreshes them all. */
export const badgesKey = ['badges'] as const;

/** The badges a manager can give now, or with `includeRetired` every badge (the admin's list). */
export function useBadges({ includeRetired = false, enabled = true }: { includeRetired?: boolean; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...badgesKey, includeRetired ? 'all' : 'current'],
    queryFn: async ({ signal }): Promise<Badge[]> =>
      unwrap(await api.GET('/api/badges', { params: { query: includeRetired ? { includeRetired: true } : {} }, signal })),
    staleTime: includeRetired ? 0 : 5 * 60_000,
    enabled,
  });
}

export function useCreateBadge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['CreateBadgeDto']) => unwrap(await api.POST('/api/badges', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: badgesKey }),
  });
}

export function useUpdateBadge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, changes }: { id: string; changes: components['schemas']['UpdateBadgeDto'] }) =>
      unwrap(await api.PATCH('/api/badges/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: badgesKey }),
  });
}
