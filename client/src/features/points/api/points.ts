import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateLeaderboards } from '../../leaderboards';

export type PointsSummary = components['schemas']['PointsSummaryDto'];
export type PointsEntry = components['schemas']['PointsEntryDto'];

/** Query keys of the points feature; anything that spends or returns points invalidates `pointsKey`. */
export const pointsKey = ['points'] as const;
export const pointsSettingsKey = ['points', 'settings'] as const;

export function usePoints(employeeId?: string) {
  return useQuery({
    queryKey: [...pointsKey, 'summary', employeeId ?? 'me'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/points', { params: { query: employeeId ? { employeeId } : {} }, signal })),
  });
}

export function usePointsLedger(employeeId?: string) {
  return useQuery({
    queryKey: [...pointsKey, 'ledger', employeeId ?? 'me'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/points/ledger', { params: { query: { limit: 50, ...(employeeId ? { employeeId } : {}) } }, signal })),
  });
}

export function usePointsSettings() {
  return useQuery({ queryKey: pointsSettingsKey, queryFn: async ({ signal }) => unwrap(await api.GET('/api/points/settings', { signal })) });
}

export function useUpdatePointsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['UpdatePointsSettingsDto']) => unwrap(await api.PUT('/api/points/settings', { body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(pointsSettingsKey, settings);
      void queryClient.invalidateQueries({ queryKey: pointsKey });
      void invalidateLeaderboards(queryClient);
    },
  });
}
