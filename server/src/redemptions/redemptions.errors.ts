import { DomainError } from '../common/domain-error';

export enum RedemptionsErrorCode {
  NotFound = 'redemption_not_found',
  ItemRetired = 'item_retired',
  OutOfStock = 'out_of_stock',
  YearlyLimitReached = 'yearly_limit_reached',
  CharityRequired = 'charity_required',
  CharityNotListed = 'charity_not_listed',
  CharityNotAllowed = 'charity_not_allowed',
  PersonHasLeft = 'person_has_left',
  AlreadyDecided = 'redemption_already_decided',
  NoCode = 'no_code',
  CodeAlreadyShown = 'code_already_shown',
  PeriodReversed = 'period_reversed',
  GiftNotOffered = 'gift_not_offered',
  GiftRetired = 'gift_retired',
  GiftIsDonation = 'gift_is_donation',
  GiftYearlyLimitReached = 'gift_yearly_limit_reached',
  GiftOutOfStock = 'gift_out_of_stock',
  GiftHandedOver = 'gift_handed_over',
}

export const RedemptionsErrors = {
  notFound: () => new DomainError('not_found', RedemptionsErrorCode.NotFound, 'No such redemption.', 'id'),
  itemRetired: () => new DomainError('unprocessable', RedemptionsErrorCode.ItemRetired, 'This item has been retired and can no longer be redeemed.', 'itemId'),
  outOfStock: () => new DomainError('conflict', RedemptionsErrorCode.OutOfStock, 'This item is out of stock.', 'itemId'),
  yearlyLimitReached: (limit: number) =>
    new DomainError(
      'unprocessable',
      RedemptionsErrorCode.YearlyLimitReached,
      `You have redeemed this item ${limit} time${limit === 1 ? '' : 's'} this year, the most allowed.`,
      'itemId',
      { limit },
    ),
  charityRequired: () => new DomainError('bad_request', RedemptionsErrorCode.CharityRequired, 'Choose one of the listed charities.', 'charity'),
  charityNotListed: () => new DomainError('unprocessable', RedemptionsErrorCode.CharityNotListed, 'Choose one of the charities this item lists.', 'charity'),
  charityNotAllowed: () => new DomainError('bad_request', RedemptionsErrorCode.CharityNotAllowed, 'Only charity donations take a charity.', 'charity'),
  personHasLeft: () => new DomainError('forbidden', RedemptionsErrorCode.PersonHasLeft, 'People who have left cannot redeem points.'),
  alreadyDecided: (status: string) =>
    new DomainError('conflict', RedemptionsErrorCode.AlreadyDecided, `This redemption was already ${status}.`, 'id', { currentStatus: status }),
  noCode: () => new DomainError('not_found', RedemptionsErrorCode.NoCode, 'This redemption has no code to show.', 'id'),
  codeAlreadyShown: () =>
    new DomainError(
      'gone',
      RedemptionsErrorCode.CodeAlreadyShown,
      'The code was shown once already and is not shown again; ask an admin if you lost it.',
      'id',
    ),
  giftNotOffered: () =>
    new DomainError(
      'unprocessable',
      RedemptionsErrorCode.GiftNotOffered,
      'That item is not in the catalogue for the recipient’s department; choose one of the gifts offered.',
      'catalogueItemId',
    ),
  giftRetired: () =>
    new DomainError(
      'unprocessable',
      RedemptionsErrorCode.GiftRetired,
      'That item has been retired from the catalogue; choose another gift.',
      'catalogueItemId',
    ),
  giftIsDonation: () =>
    new DomainError(
      'unprocessable',
      RedemptionsErrorCode.GiftIsDonation,
      'A charity donation is not given as a gift (the recipient chooses the charity); give points instead.',
      'catalogueItemId',
    ),
  giftYearlyLimitReached: (limit: number) =>
    new DomainError(
      'unprocessable',
      RedemptionsErrorCode.GiftYearlyLimitReached,
      `The recipient has had this item ${limit} time${limit === 1 ? '' : 's'} this year, the most allowed; choose another gift.`,
      'catalogueItemId',
      { limit },
    ),
  giftOutOfStock: () => new DomainError('conflict', RedemptionsErrorCode.GiftOutOfStock, 'That item is out of stock; choose another gift.', 'catalogueItemId'),
  giftHandedOver: () =>
    new DomainError('conflict', RedemptionsErrorCode.GiftHandedOver, 'The gift has been handed over already, so the reward can no longer be revoked.'),
  periodReversed: () => new DomainError('bad_request', RedemptionsErrorCode.PeriodReversed, 'from must be on or before to.', 'from'),
};
