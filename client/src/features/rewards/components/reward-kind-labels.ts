/** How each kind of reward is named to people. */
export const REWARD_KIND_LABELS = { points: 'Points', badge: 'Badge', gift: 'Gift', champion: 'Champion' } as const;
