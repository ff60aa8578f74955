import { DomainError } from '../common/domain-error';

export enum AuthErrorCode {
  NotSignedIn = 'not_signed_in',
  InvalidCredentials = 'invalid_credentials',
  SessionEnded = 'session_ended',
  RefreshTokenMissing = 'refresh_token_missing',
  RefreshTokenInvalid = 'refresh_token_invalid',
  RefreshTokenReused = 'refresh_token_reused',
  RoleRequired = 'role_required',
  TooManyAttempts = 'too_many_attempts',
  CrossSite = 'cross_site_request',
  CurrentPasswordWrong = 'current_password_wrong',
  WeakPassword = 'weak_password',
}

export const AuthErrors = {
  notSignedIn: () =>
    new DomainError('unauthorized', AuthErrorCode.NotSignedIn, 'Sign in to continue: send a valid access token as "Authorization: Bearer <token>".'),
  invalidCredentials: () => new DomainError('unauthorized', AuthErrorCode.InvalidCredentials, 'The email or password is not right.'),
  sessionEnded: () => new DomainError('unauthorized', AuthErrorCode.SessionEnded, 'Your session has ended. Sign in again.'),
  refreshTokenMissing: () => new DomainError('unauthorized', AuthErrorCode.RefreshTokenMissing, 'No refresh token: sign in again.'),
  refreshTokenInvalid: () =>
    new DomainError('unauthorized', AuthErrorCode.RefreshTokenInvalid, 'The refresh token is not valid or has expired. Sign in again.'),
  refreshTokenReused: () =>
    new DomainError(
      'unauthorized',
      AuthErrorCode.RefreshTokenReused,
      'This refresh token was already used; every session of that sign-in has been ended. Sign in again.',
    ),
  roleRequired: (roles: string[]) => new DomainError('forbidden', AuthErrorCode.RoleRequired, `Only ${roles.join(' or ')} may do this.`),
  currentPasswordWrong: () => new DomainError('bad_request', AuthErrorCode.CurrentPasswordWrong, 'The current password is not right.', 'currentPassword'),
  weakPassword: (field: string, reason: string) =>
    new DomainError('bad_request', AuthErrorCode.WeakPassword, `This password is too easy to guess. ${reason}`, field),
  crossSite: () => new DomainError('forbidden', AuthErrorCode.CrossSite, 'This request came from another site; sign in and out from Heroics itself.'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError('too_many_requests', AuthErrorCode.TooManyAttempts, `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, undefined, {
      retryAfterSeconds,
    }),
};
