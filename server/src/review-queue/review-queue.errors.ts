import { DomainError } from '../common/domain-error';

export enum ReviewQueueErrorCode {
  StoryNotFound = 'story_not_found',
  OutOfScope = 'story_out_of_scope',
}

export const ReviewQueueErrors = {
  storyNotFound: () => new DomainError('not_found', ReviewQueueErrorCode.StoryNotFound, 'No such story.', 'id'),
  outOfScope: () => new DomainError('forbidden', ReviewQueueErrorCode.OutOfScope, 'Managers review the stories of the departments they manage.', 'id'),
};
