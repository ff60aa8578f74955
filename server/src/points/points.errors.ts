import { DomainError } from '../common/domain-error';

export enum PointsErrorCode {
  PersonNotFound = 'person_not_found',
  NotYours = 'points_not_visible',
  InsufficientBalance = 'insufficient_points',
  AlreadySpent = 'points_already_spent',
}

export const PointsErrors = {
  personNotFound: () => new DomainError('not_found', PointsErrorCode.PersonNotFound, 'No such person.', 'employeeId'),
  notVisible: () => new DomainError('forbidden', PointsErrorCode.NotYours, 'A person’s points are visible to them, their managers and admins.', 'employeeId'),
  insufficient: (balance: number, needed: number) =>
    new DomainError('unprocessable', PointsErrorCode.InsufficientBalance, `Not enough points: your balance is ${balance} and this needs ${needed}.`, 'itemId', {
      balance,
      needed,
    }),
  alreadySpent: (balance: number, points: number) =>
    new DomainError(
      'unprocessable',
      PointsErrorCode.AlreadySpent,
      `The recipient has already spent some of these points (balance ${balance}, reward ${points}); the reward can no longer be revoked.`,
      'id',
      { balance, points },
    ),
};
