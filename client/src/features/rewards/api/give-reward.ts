import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { myBudgetChanged } from '../../budgets';
import { invalidateUnrecognised } from '../../champions';
import { invalidateLeaderboards } from '../../leaderboards';
import { invalidateReviewQueue } from '../../review-queue';
import { invalidateStories } from '../../stories';
import { rewardsKey } from './rewards-keys';

export type GiveReward = components['schemas']['GiveRewardDto'];
export type Reward = components['schemas']['RewardDto'];

/** Refetch what a reward (or a revoke) changes; the budget comes back with the answer, so it is set directly. */
export function useRewardChanges() {
  const queryClient = useQueryClient();
  return (budget?: components['schemas']['BudgetDto']) => {
    myBudgetChanged(queryClient, budget);
    void queryClient.invalidateQueries({ queryKey: rewardsKey });
    void invalidateReviewQueue(queryClient);
    void invalidateUnrecognised(queryClient);
    void invalidateLeaderboards(queryClient);
    void invalidateStories(queryClient);
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
