import { DomainError } from '../common/domain-error';

export enum CommentsErrorCode {
  NotFound = 'comment_not_found',
  UnknownParent = 'unknown_parent',
  StoryHidden = 'story_hidden',
  UnknownMention = 'unknown_mention',
  NotYours = 'not_your_comment',
  NotStoryPerson = 'not_story_person',
  OwnComment = 'own_comment',
  InvalidCursor = 'invalid_cursor',
}

export const CommentsErrors = {
  invalidCursor: () => new DomainError('bad_request', CommentsErrorCode.InvalidCursor, 'cursor is not a cursor this API returned', 'cursor'),
  notFound: () => new DomainError('not_found', CommentsErrorCode.NotFound, 'No such comment.', 'id'),
  unknownParent: () =>
    new DomainError(
      'unprocessable',
      CommentsErrorCode.UnknownParent,
      'Reply to a comment on this story that is still there (replies are one level deep).',
      'parentId',
    ),
  storyHidden: () => new DomainError('unprocessable', CommentsErrorCode.StoryHidden, 'Hidden stories cannot be commented on.'),
  unknownMention: () => new DomainError('unprocessable', CommentsErrorCode.UnknownMention, 'You can mention only people who work here now.', 'body'),
  notYours: () =>
    new DomainError('forbidden', CommentsErrorCode.NotYours, 'Only the person who wrote this comment (or a moderator, to remove it) can change it.'),
  notStoryPerson: () =>
    new DomainError('forbidden', CommentsErrorCode.NotStoryPerson, 'Only the author and the heroes of the story can say thanks for a comment.'),
  ownComment: () => new DomainError('unprocessable', CommentsErrorCode.OwnComment, 'You cannot thank yourself for your own comment.'),
};
