import { DomainError } from '../common/domain-error';
import { KUDOS_UNDO_MINUTES } from './kudos.policy';

export enum KudosErrorCode {
  NotFound = 'kudos_not_found',
  UnknownHero = 'unknown_hero',
  SelfKudos = 'self_kudos',
  HeroHasLeft = 'hero_has_left',
  UnknownValue = 'unknown_value',
  NotYours = 'not_your_kudos',
  UndoWindowClosed = 'undo_window_closed',
  InvalidCursor = 'invalid_cursor',
}

export const KudosErrors = {
  invalidCursor: () => new DomainError('bad_request', KudosErrorCode.InvalidCursor, 'cursor is not a cursor this API returned', 'cursor'),
  notFound: () => new DomainError('not_found', KudosErrorCode.NotFound, 'No such kudos.', 'id'),
  unknownHero: () => new DomainError('unprocessable', KudosErrorCode.UnknownHero, 'The hero must be someone on the roster.', 'heroId'),
  selfKudos: () => new DomainError('unprocessable', KudosErrorCode.SelfKudos, 'Kudos are for someone else: you cannot give kudos to yourself.', 'heroId'),
  heroHasLeft: (name: string) =>
    new DomainError('unprocessable', KudosErrorCode.HeroHasLeft, `${name} has left the company; kudos go to current employees.`, 'heroId'),
  unknownValue: () => new DomainError('unprocessable', KudosErrorCode.UnknownValue, 'Choose a company value that exists and is not retired.', 'valueId'),
  notYours: () =>
    new DomainError('forbidden', KudosErrorCode.NotYours, "Only the giver, an admin or a manager of the hero's department can remove these kudos."),
  undoWindowClosed: () =>
    new DomainError(
      'forbidden',
      KudosErrorCode.UndoWindowClosed,
      `Kudos can be taken back for ${KUDOS_UNDO_MINUTES} minutes after they are given; ask an admin or the hero's manager.`,
    ),
};
