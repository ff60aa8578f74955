/** Every rewards query (the ledger, champion titles) starts with this key, so a reward or a revoke refreshes them all. */
export const rewardsKey = ['rewards'] as const;
