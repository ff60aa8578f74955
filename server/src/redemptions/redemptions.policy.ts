import { DomainError } from '../common/domain-error';
import { RedemptionsErrors } from './redemptions.errors';

export interface RedeemableItem {
  category: string;
  retiredAt: Date | null;
  stock: number | null;
  yearlyLimit: number | null;
  charities: string[];
}

/**
 * Why this item cannot be redeemed right now, or null. Stock is re-checked by the conditional UPDATE that
 * takes it (this check only spares a doomed transaction); the balance is checked by the points service.
 */
export function redeemRefusal(item: RedeemableItem, redeemedThisYear: number, charity: string | undefined): DomainError | null {
  if (item.retiredAt) return RedemptionsErrors.itemRetired();
  if (item.category === 'charity_donation') {
    if (!charity) return RedemptionsErrors.charityRequired();
    if (!item.charities.includes(charity)) return RedemptionsErrors.charityNotListed();
  } else if (charity) {
    return RedemptionsErrors.charityNotAllowed();
  }
  if (item.yearlyLimit !== null && redeemedThisYear >= item.yearlyLimit) return RedemptionsErrors.yearlyLimitReached(item.yearlyLimit);
  if (item.stock !== null && item.stock <= 0) return RedemptionsErrors.outOfStock();
  return null;
}

/**
 * Why the item cannot be a manager's gift right now, or null: the checks of a redemption, for the recipient; and a
 * charity donation is never a gift (which charity is the recipient's choice: give points instead).
 */
export function giftRefusal(item: RedeemableItem, redeemedThisYear: number): DomainError | null {
  if (item.retiredAt) return RedemptionsErrors.giftRetired();
  if (item.category === 'charity_donation') return RedemptionsErrors.giftIsDonation();
  if (item.yearlyLimit !== null && redeemedThisYear >= item.yearlyLimit) return RedemptionsErrors.giftYearlyLimitReached(item.yearlyLimit);
  if (item.stock !== null && item.stock <= 0) return RedemptionsErrors.giftOutOfStock();
  return null;
}

/** Someone whose last day has passed may not spend; a departure recorded for a future day does not stop them yet. */
export function hasLeft(leftOn: string | null, today: string): boolean {
  return leftOn !== null && leftOn < today;
}
