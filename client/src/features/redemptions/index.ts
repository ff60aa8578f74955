export { redemptionsKey, useMyRedemptions, useRedemptionQueue } from './api/redemptions';
export type { Redemption } from './api/redemptions';
export { CustomRewardForm } from './components/CustomRewardForm';
export { FulfilmentQueue } from './components/FulfilmentQueue';
export { MyRedemptions } from './components/MyRedemptions';
export { BalanceAfterMeter, RedeemDialog } from './components/RedeemDialog';
export { RedemptionsExport } from './components/RedemptionsExport';
