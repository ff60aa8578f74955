import { DomainError } from '../common/domain-error';

export enum PasswordResetErrorCode {
  InvalidLink = 'reset_link_invalid',
  TooManyRequests = 'too_many_reset_requests',
}

export const PasswordResetErrors = {
  // One answer for unknown, used and expired links: a guessed token learns nothing.
  invalidLink: () =>
    new DomainError(
      'gone',
      PasswordResetErrorCode.InvalidLink,
      'This reset link has expired or was already used. Ask for a new one from the sign-in page.',
      'token',
    ),
  tooMany: (retryAfterSeconds: number) =>
    new DomainError(
      'too_many_requests',
      PasswordResetErrorCode.TooManyRequests,
      `Too many reset requests. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      undefined,
      { retryAfterSeconds },
    ),
};
