import { DomainError } from '../common/domain-error';
import { REVOKE_WINDOW_HOURS } from './rewards.policy';

export enum RewardsErrorCode {
  NotFound = 'reward_not_found',
  UnknownRecipient = 'unknown_recipient',
  SelfReward = 'self_reward',
  RecipientHasLeft = 'recipient_has_left',
  OutOfScope = 'recipient_out_of_scope',
  StoryNotRewardable = 'story_not_rewardable',
  NotAHero = 'recipient_not_a_hero',
  PointsRequired = 'points_required',
  BadgeRequired = 'badge_required',
  BadgeNotAllowed = 'badge_not_allowed',
  BadgeNotAvailable = 'badge_not_available',
  GiftItemRequired = 'gift_item_required',
  GiftItemNotAllowed = 'gift_item_not_allowed',
  GiftPointsMismatch = 'gift_points_mismatch',
  ChampionPeriodRequired = 'champion_period_required',
  ChampionPeriodNotAllowed = 'champion_period_not_allowed',
  PeriodStartMisaligned = 'period_start_misaligned',
  PeriodInFuture = 'period_in_future',
  PeriodTooOld = 'period_too_old',
  ChampionDepartmentMismatch = 'champion_department_mismatch',
  ChampionTaken = 'champion_taken',
  AlreadyRevoked = 'already_revoked',
  NotGiver = 'not_giver',
  RevokeWindowClosed = 'revoke_window_closed',
}

export const RewardsErrors = {
  notFound: () => new DomainError('not_found', RewardsErrorCode.NotFound, 'No such reward.', 'id'),
  unknownRecipient: () => new DomainError('unprocessable', RewardsErrorCode.UnknownRecipient, 'The recipient must be someone on the roster.', 'recipientId'),
  selfReward: () => new DomainError('unprocessable', RewardsErrorCode.SelfReward, 'You cannot reward yourself.', 'recipientId'),
  recipientHasLeft: () => new DomainError('unprocessable', RewardsErrorCode.RecipientHasLeft, 'People who have left cannot be rewarded.', 'recipientId'),
  outOfScope: () => new DomainError('forbidden', RewardsErrorCode.OutOfScope, 'Managers reward people in the departments they manage.', 'recipientId'),
  storyNotRewardable: () => new DomainError('unprocessable', RewardsErrorCode.StoryNotRewardable, 'Hidden or deleted stories cannot be rewarded.', 'storyId'),
  notAHero: () => new DomainError('unprocessable', RewardsErrorCode.NotAHero, 'The recipient is not a hero of this story.', 'recipientId'),
  pointsRequired: () => new DomainError('bad_request', RewardsErrorCode.PointsRequired, 'A points reward needs at least 1 point.', 'points'),
  badgeRequired: () => new DomainError('bad_request', RewardsErrorCode.BadgeRequired, 'A badge reward names the badge: choose one of the badges.', 'badgeId'),
  badgeNotAllowed: () => new DomainError('bad_request', RewardsErrorCode.BadgeNotAllowed, 'Only badge rewards name a badge.', 'badgeId'),
  badgeNotAvailable: () =>
    new DomainError(
      'unprocessable',
      RewardsErrorCode.BadgeNotAvailable,
      'That badge has been retired or does not exist; choose one of the current badges.',
      'badgeId',
    ),
  giftItemRequired: () =>
    new DomainError('bad_request', RewardsErrorCode.GiftItemRequired, 'A gift names the catalogue item to give: choose one of the gifts.', 'catalogueItemId'),
  giftItemNotAllowed: () => new DomainError('bad_request', RewardsErrorCode.GiftItemNotAllowed, 'Only gift rewards name a catalogue item.', 'catalogueItemId'),
  giftPointsMismatch: (cost: number) =>
    new DomainError(
      'bad_request',
      RewardsErrorCode.GiftPointsMismatch,
      `A gift costs its item’s ${cost.toLocaleString('en')} points: leave the points out or give exactly that.`,
      'points',
      { cost },
    ),
  championPeriodRequired: () =>
    new DomainError('bad_request', RewardsErrorCode.ChampionPeriodRequired, 'A champion reward names its period: month or quarter.', 'championPeriod'),
  championPeriodNotAllowed: () =>
    new DomainError('bad_request', RewardsErrorCode.ChampionPeriodNotAllowed, 'Only champion rewards name a period or department.', 'championPeriod'),
  periodStartMisaligned: (period: string) =>
    new DomainError('bad_request', RewardsErrorCode.PeriodStartMisaligned, `periodStart must be the first day of a ${period}.`, 'periodStart'),
  periodInFuture: () => new DomainError('unprocessable', RewardsErrorCode.PeriodInFuture, 'Champions are named for a period that has begun.', 'periodStart'),
  periodTooOld: (period: string) =>
    new DomainError(
      'forbidden',
      RewardsErrorCode.PeriodTooOld,
      `Managers name the champion of this ${period} or the previous one; ask an admin for an earlier ${period}.`,
      'periodStart',
    ),
  championDepartmentMismatch: () =>
    new DomainError('unprocessable', RewardsErrorCode.ChampionDepartmentMismatch, 'A champion is named for the department they work in.', 'departmentId'),
  championTaken: (name: string) =>
    new DomainError('conflict', RewardsErrorCode.ChampionTaken, `${name} is already this department's champion for that period.`, 'periodStart'),
  alreadyRevoked: () => new DomainError('conflict', RewardsErrorCode.AlreadyRevoked, 'This reward was already revoked.'),
  notGiver: () => new DomainError('forbidden', RewardsErrorCode.NotGiver, 'Only the giver or an admin can revoke a reward.'),
  revokeWindowClosed: () =>
    new DomainError('unprocessable', RewardsErrorCode.RevokeWindowClosed, `Rewards can be revoked within ${REVOKE_WINDOW_HOURS} hours of being given.`),
};
