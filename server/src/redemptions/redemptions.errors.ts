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
  periodReversed: () => new DomainError('bad_request', RedemptionsErrorCode.PeriodReversed, 'from must be on or before to.', 'from'),
};
