import { DomainError } from '../common/domain-error';
import { EDIT_WINDOW_DAYS } from './stories.policy';

export enum StoriesErrorCode {
  NotFound = 'story_not_found',
  NotAuthor = 'not_author',
  EditWindowClosed = 'edit_window_closed',
  StaleVersion = 'stale_version',
  UnknownHero = 'unknown_hero',
  HeroHasLeft = 'hero_has_left',
  OccurredInFuture = 'occurred_in_future',
  OccurredBeforeHired = 'occurred_before_hired',
  UnknownValue = 'unknown_value',
  NotModerator = 'not_moderator',
  HiddenByAdmin = 'hidden_by_admin',
  OwnStoryFeature = 'own_story_feature',
  HeroesLocked = 'heroes_locked',
}

export const StoriesErrors = {
  notFound: () => new DomainError('not_found', StoriesErrorCode.NotFound, 'No such story.', 'id'),
  notAuthor: () => new DomainError('forbidden', StoriesErrorCode.NotAuthor, 'Only the author can change this story.'),
  editWindowClosed: () =>
    new DomainError('unprocessable', StoriesErrorCode.EditWindowClosed, `Stories can be edited for ${EDIT_WINDOW_DAYS} days after they are told.`),
  staleVersion: (current: number) =>
    new DomainError('conflict', StoriesErrorCode.StaleVersion, 'Someone changed this story since you opened it. Reload it and edit again.', 'version', {
      currentVersion: current,
    }),
  unknownHero: () => new DomainError('unprocessable', StoriesErrorCode.UnknownHero, 'Every hero must be someone on the roster.', 'heroIds'),
  heroHasLeft: (name?: string) =>
    new DomainError('unprocessable', StoriesErrorCode.HeroHasLeft, `${name ?? 'A hero'} has left the company; heroes must be current employees.`, 'heroIds'),
  occurredInFuture: () => new DomainError('unprocessable', StoriesErrorCode.OccurredInFuture, 'occurredOn cannot be in the future.', 'occurredOn'),
  occurredBeforeHired: () => new DomainError('unprocessable', StoriesErrorCode.OccurredBeforeHired, 'occurredOn is before a hero was hired.', 'occurredOn'),
  unknownValue: () => new DomainError('unprocessable', StoriesErrorCode.UnknownValue, 'Choose company values that exist and are not retired.', 'valueIds'),
  hiddenByAdmin: () => new DomainError('forbidden', StoriesErrorCode.HiddenByAdmin, 'An admin hid this story; only an admin can bring it back.'),
  ownStoryFeature: () => new DomainError('forbidden', StoriesErrorCode.OwnStoryFeature, 'You are a hero of this story, so someone else has to feature it.'),
  heroesLocked: () =>
    new DomainError(
      'conflict',
      StoriesErrorCode.HeroesLocked,
      'A hero was rewarded for this story, so its heroes can no longer change. You can still edit the text; to recognise someone else, tell a new story.',
      'heroIds',
    ),
  notModerator: () => new DomainError('forbidden', StoriesErrorCode.NotModerator, "Only admins and managers of the heroes' departments can do this."),
};
