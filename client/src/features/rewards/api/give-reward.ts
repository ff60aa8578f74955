import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { leaderboardsKey, myBudgetKey, reviewQueueKey, rewardsKey, unrecognisedKey } from './rewards-keys';

export type GiveReward = components['schemas']['GiveRewardDto'];
export type Reward = components['schemas']['RewardDto'];

/** Refetch what a reward (or a revoke) changes; the budget comes back with the answer, so it is set directly. */
export function useRewardChanges() {
  const queryClient = useQueryClient();
  return (budget?: components['schemas']['BudgetDto']) => {
    if (budget) queryClient.setQueryData(myBudgetKey, budget);
    else void queryClient.invalidateQueries({ queryKey: myBudgetKey });
    for (const key of [rewardsKey, reviewQueueKey, unrecognisedKey, leaderboardsKey, ['stories']]) void queryClient.invalidateQueries({ queryKey: key });
  };
}

export function useGiveReward() {
  const changed = useRewardChanges();
  return useMutation({
    mutationFn: async (body: GiveReward) => unwrap(await api.POST('/api/rewards', { body })),
    onSuccess: (given) => changed(given.budget),
  });
}

export function useRevokeReward() {
  const changed = useRewardChanges();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await api.POST('/api/rewards/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => changed(),
  });
}
