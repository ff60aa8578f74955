/** What rewards offers: giving and revoking a reward, the ledger people may read, and champion titles. */
export { rewardsKey } from './api/rewards-keys';
export { RewardButton, RewardHeroesButton } from './components/RewardButton';
export { RewardsGiven } from './components/RewardsGiven';
export { RewardsReceived } from './components/RewardsReceived';
