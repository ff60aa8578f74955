/** Query keys of everything a reward changes: budgets, the ledger, champions, the review queue, leaderboards. */
export const rewardsKey = ['rewards'] as const;
export const myBudgetKey = ['budgets', 'mine'] as const;
export const reviewQueueKey = ['review-queue'] as const;
export const unrecognisedKey = ['champions', 'unrecognised'] as const;
export const leaderboardsKey = ['leaderboards'] as const;
