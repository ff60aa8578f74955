import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { attachmentName, saveFile } from '../../../lib/save-file';
import { toApiProblem } from '../../../lib/problem';
import { catalogueKey } from '../../catalogue';
import { invalidateNotifications } from '../../notifications';
import { pointsKey } from '../../points';

export type Redemption = components['schemas']['RedemptionDto'];
export type RedemptionStatus = Redemption['status'];

export const redemptionsKey = ['redemptions'] as const;

/** A redemption moves points and stock: the balance, the catalogue and both lists refetch. */
function useRedemptionChanged() {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [redemptionsKey, pointsKey, catalogueKey]) void queryClient.invalidateQueries({ queryKey: key });
    void invalidateNotifications(queryClient);
  };
}

export function useMyRedemptions() {
  return useQuery({
    queryKey: [...redemptionsKey, 'mine'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/redemptions/mine', { params: { query: { limit: 50 } }, signal })),
  });
}

export function useRedemptionQueue(status: RedemptionStatus) {
  return useQuery({
    queryKey: [...redemptionsKey, 'queue', status],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/redemptions', { params: { query: { status, limit: 50 } }, signal })),
  });
}

export function useRedeem() {
  const changed = useRedemptionChanged();
  return useMutation({
    mutationFn: async (body: components['schemas']['RedeemItemDto']) => unwrap(await api.POST('/api/redemptions', { body })),
    onSuccess: changed,
  });
}

export function useRequestCustomReward() {
  const changed = useRedemptionChanged();
  return useMutation({
    mutationFn: async (body: components['schemas']['CustomRedemptionDto']) => unwrap(await api.POST('/api/redemptions/custom', { body })),
    onSuccess: changed,
  });
}

export function useFulfilRedemption() {
  const changed = useRedemptionChanged();
  return useMutation({
    mutationFn: async ({ id, ...body }: components['schemas']['FulfilRedemptionDto'] & { id: string }) =>
      unwrap(await api.POST('/api/redemptions/{id}/fulfil', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useDeclineRedemption() {
  const changed = useRedemptionChanged();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await api.POST('/api/redemptions/{id}/decline', { params: { path: { id } }, body: { reason } })),
    onSuccess: changed,
  });
}

export function useRevealCode() {
  const changed = useRedemptionChanged();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/redemptions/{id}/code', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export async function downloadRedemptionsCsv(from: string, to: string): Promise<void> {
  const result = await api.GET('/api/redemptions/export', { params: { query: { from, to } }, parseAs: 'blob' });
  if (result.error !== undefined || !result.response.ok || !result.data) throw toApiProblem(result.error, result.response);
  saveFile(result.data as Blob, attachmentName(result.response, `redemptions-${from}-to-${to}.csv`));
}
