import { DomainError } from '../common/domain-error';

export enum SsoErrorCode {
  NotConfigured = 'sso_not_configured',
  ManagedByEnvironment = 'sso_managed_by_environment',
  IssuerNotAllowed = 'sso_issuer_not_allowed',
  ProviderUnreachable = 'sso_provider_unreachable',
  SecretRequired = 'sso_client_secret_required',
  FieldRequired = 'sso_field_required',
  BreakGlassNotAdmin = 'sso_break_glass_not_admin',
  SsoRequired = 'sso_required',
  LogoutTokenInvalid = 'sso_logout_token_invalid',
}

export const SsoErrors = {
  notConfigured: () => new DomainError('not_found', SsoErrorCode.NotConfigured, 'Single sign-on is not set up for this company.'),
  managedByEnvironment: () =>
    new DomainError('conflict', SsoErrorCode.ManagedByEnvironment, 'Single sign-on is set by the server environment (SSO_ISSUER); change it there.'),
  issuerNotAllowed: () =>
    new DomainError(
      'unprocessable',
      SsoErrorCode.IssuerNotAllowed,
      'The issuer must be an https:// address (http:// only on this computer, outside production).',
      'issuer',
    ),
  providerUnreachable: (why: string) =>
    new DomainError('unprocessable', SsoErrorCode.ProviderUnreachable, `Could not read the provider's OpenID configuration from the issuer: ${why}`, 'issuer'),
  required: (field: 'providerName' | 'clientId') =>
    new DomainError(
      'unprocessable',
      SsoErrorCode.FieldRequired,
      field === 'providerName' ? 'Enter the name people see on the sign-in button.' : 'Enter the client ID the provider gave you.',
      field,
    ),
  secretRequired: () => new DomainError('unprocessable', SsoErrorCode.SecretRequired, 'Enter the client secret the provider gave you.', 'clientSecret'),
  breakGlassNotAdmin: (email: string) =>
    new DomainError(
      'unprocessable',
      SsoErrorCode.BreakGlassNotAdmin,
      `${email} is not a current admin; break-glass accounts must be admins.`,
      'breakGlassEmails',
    ),
  ssoRequired: () =>
    new DomainError('forbidden', SsoErrorCode.SsoRequired, 'Your company signs in through its identity provider: use the single sign-on button.'),
  logoutTokenInvalid: () => new DomainError('bad_request', SsoErrorCode.LogoutTokenInvalid, 'The logout token is missing or not valid.', 'logout_token'),
};

/** Why an SSO sign-in was refused: the SPA's sign-in page shows a sentence for each. */
export const SSO_FAILURES = [
  'not_configured',
  'provider_unavailable',
  'attempt_invalid',
  'provider_error',
  'token_invalid',
  'email_unverified',
  'domain_not_allowed',
  'unknown_person',
  'departed',
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export class SsoSignInRefused extends Error {
  constructor(readonly reason: SsoFailure) {
    super(reason);
  }
}
