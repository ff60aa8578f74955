import { DomainError } from '../common/domain-error';

export enum BadgesErrorCode {
  NotFound = 'badge_not_found',
  NameTaken = 'badge_name_taken',
}

export const BadgesErrors = {
  notFound: () => new DomainError('not_found', BadgesErrorCode.NotFound, 'No such badge.', 'id'),
  nameTaken: () => new DomainError('conflict', BadgesErrorCode.NameTaken, 'An active badge already has that name; choose another name.', 'name'),
};
