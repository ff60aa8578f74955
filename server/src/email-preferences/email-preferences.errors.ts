import { DomainError } from '../common/domain-error';

export enum EmailPreferencesErrorCode {
  InvalidLink = 'unsubscribe_link_invalid',
}

export const EmailPreferencesErrors = {
  invalidLink: () =>
    new DomainError(
      'bad_request',
      EmailPreferencesErrorCode.InvalidLink,
      'This unsubscribe link is not valid. Change your email settings after signing in instead.',
      'token',
    ),
};
