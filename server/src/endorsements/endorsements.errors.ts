import { DomainError } from '../common/domain-error';

export enum EndorsementsErrorCode {
  AlreadyEndorsed = 'already_endorsed',
  NotEndorsed = 'not_endorsed',
  OwnStory = 'own_story',
  StoryHidden = 'story_hidden',
}

export const EndorsementsErrors = {
  alreadyEndorsed: () => new DomainError('conflict', EndorsementsErrorCode.AlreadyEndorsed, 'You already endorsed this story.'),
  notEndorsed: () => new DomainError('not_found', EndorsementsErrorCode.NotEndorsed, 'You have not endorsed this story.'),
  ownStory: () => new DomainError('unprocessable', EndorsementsErrorCode.OwnStory, 'You cannot endorse a story you told or are a hero of.'),
  storyHidden: () => new DomainError('unprocessable', EndorsementsErrorCode.StoryHidden, 'Hidden stories cannot be endorsed.'),
};
