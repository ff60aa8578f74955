import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { generators } from 'openid-client';
import { AuthService } from '../auth/auth.service';
import { SessionsService } from '../auth/sessions.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import { ProvisioningSource } from '../employees/roster-actor';
import { todayIn } from '../common/calendar';
import { DataSource } from 'typeorm';
import { SsoCallbackQueryDto, SsoProviderDto } from './dto/sso-settings.dto';
import { OidcClientFactory } from './oidc-client.factory';
import { SsoErrors, SsoSignInRefused } from './sso.errors';
import { departmentFromClaims, domainAllowed, safeReturnTo } from './sso.policy';
import { SsoRepository } from './sso.repository';
import { SsoSettingsService } from './sso-settings.service';

const ATTEMPT_TTL_MS = 10 * 60 * 1000;
const JIT: ProvisioningSource = { provisioner: 'sso' };
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface SsoSignedIn {
  refreshToken: string;
  returnTo: string;
}

/** OpenID Connect sign-in: authorization code flow with PKCE, state and nonce; back-channel and RP-initiated logout. */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('SSO');

  constructor(
    private readonly settings: SsoSettingsService,
    private readonly repository: SsoRepository,
    private readonly clients: OidcClientFactory,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly employees: EmployeesService,
    private readonly departments: DepartmentsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async provider(): Promise<SsoProviderDto> {
    const sso = await this.settings.effective();
    return { enabled: Boolean(sso), providerName: sso?.providerName ?? '', required: sso?.requireSso ?? false };
  }

  /** The provider's authorization URL, and the browser-binding value the caller keeps in a cookie. */
  async begin(returnTo: unknown): Promise<{ url: string; browserBinding: string }> {
    const sso = await this.settings.effective();
    if (!sso) throw SsoErrors.notConfigured();
    const client = await this.clients.clientFor(sso, this.redirectUri()).catch((error: Error) => {
      this.logger.warn(`OpenID discovery failed: ${error.message}`);
      throw new SsoSignInRefused('provider_unavailable');
    });
    const state = generators.state();
    const nonce = generators.nonce();
    const codeVerifier = generators.codeVerifier();
    const browserBinding = randomBytes(32).toString('base64url');
    await this.repository.insertAttempt({
      stateHash: sha256(state),
      browserHash: sha256(browserBinding),
      nonce,
      codeVerifier,
      returnTo: safeReturnTo(returnTo),
      expiresAt: new Date(Date.now() + ATTEMPT_TTL_MS),
    });
    const url = client.authorizationUrl({
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: generators.codeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      redirect_uri: this.redirectUri(),
    });
    return { url, browserBinding };
  }

  /** Validates the provider's answer and starts a session; throws SsoSignInRefused with the reason otherwise. */
  async complete(query: SsoCallbackQueryDto, browserBinding: string | undefined): Promise<SsoSignedIn> {
    const sso = await this.settings.effective();
    if (!sso) throw new SsoSignInRefused('not_configured');
    const attempt = query.state ? await this.repository.consumeAttempt(sha256(query.state)) : null;
    // Unknown, used, expired, or started in another browser (a login CSRF): all the same to the person.
    if (!attempt || !browserBinding || sha256(browserBinding) !== attempt.browserHash) throw new SsoSignInRefused('attempt_invalid');
    if (query.error) throw new SsoSignInRefused('provider_error');
    const redirectUri = this.redirectUri();
    const client = await this.clients.clientFor(sso, redirectUri).catch(() => {
      throw new SsoSignInRefused('provider_unavailable');
    });
    let claims: Record<string, unknown>;
    let idToken: string;
    try {
      // Only the parameters that came (the DTO instance also carries the absent ones as undefined).
      const params = client.callbackParams(`${redirectUri}?${new URLSearchParams(Object.entries(query).filter(([, v]) => typeof v === 'string')).toString()}`);
      // openid-client checks the ID token's signature against the provider's keys, iss, aud, azp, exp, iat, nonce and the code's hash.
      const tokens = await client.callback(redirectUri, params, {
        state: query.state,
        nonce: attempt.nonce,
        code_verifier: attempt.codeVerifier,
        response_type: 'code',
      });
      claims = tokens.claims() as Record<string, unknown>;
      idToken = tokens.id_token!;
    } catch (error) {
      this.logger.warn(`SSO callback refused: ${(error as Error).message}`);
      this.clients.forget();
      throw new SsoSignInRefused('token_invalid');
    }
    const employeeId = await this.matchPerson(sso, claims);
    await this.repository.link(employeeId, sso.issuer, String(claims.sub), idToken);
    const { refreshToken } = await this.auth.startVerifiedSession(employeeId);
    return { refreshToken, returnTo: attempt.returnTo };
  }

  /** By the linked subject first, then by verified email (linking it); unknown people are refused unless JIT is on. */
  private async matchPerson(sso: NonNullable<Awaited<ReturnType<SsoSettingsService['effective']>>>, claims: Record<string, unknown>): Promise<string> {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : '';
    let person = subject ? await this.repository.employeeBySubject(sso.issuer, subject) : null;
    if (!person) {
      if (!email || claims.email_verified !== true) throw new SsoSignInRefused('email_unverified');
      if (!domainAllowed(sso, email)) throw new SsoSignInRefused('domain_not_allowed');
      person = await this.repository.employeeByEmail(email);
    } else if (!domainAllowed(sso, person.email)) {
      throw new SsoSignInRefused('domain_not_allowed');
    }
    if (person?.leftOn) throw new SsoSignInRefused('departed');
    if (person) return person.id;
    if (!sso.jitProvisioning) throw new SsoSignInRefused('unknown_person');
    const departmentName = departmentFromClaims(claims, sso.departmentClaim) ?? 'Unassigned';
    const departmentId = await this.departments.findOrCreateByName(JIT, departmentName);
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email.split('@')[0];
    const created = await this.employees.create(JIT, { name, email, departmentId, role: 'staff', hiredOn: todayIn(this.config.companyTimeZone) });
    return created.id;
  }

  /** Back-channel logout (OpenID Connect Back-Channel Logout 1.0): every session of that person ends. */
  async backchannelLogout(logoutToken: string | undefined): Promise<void> {
    const sso = await this.settings.effective();
    if (!sso) throw SsoErrors.notConfigured();
    if (!logoutToken) throw SsoErrors.logoutTokenInvalid();
    let payload: JWTPayload;
    try {
      const issuer = await this.clients.discover(sso.issuer);
      const keys = createRemoteJWKSet(new URL(String(issuer.metadata.jwks_uri)), { timeoutDuration: 5000 });
      ({ payload } = await jwtVerify(logoutToken, keys, { issuer: issuer.metadata.issuer, audience: sso.clientId, maxTokenAge: '5 minutes' }));
    } catch {
      throw SsoErrors.logoutTokenInvalid();
    }
    const events = payload.events as Record<string, unknown> | undefined;
    if (
      !events ||
      typeof events !== 'object' ||
      !('http://schemas.openid.net/event/backchannel-logout' in events) ||
      'nonce' in payload ||
      typeof payload.sub !== 'string'
    ) {
      throw SsoErrors.logoutTokenInvalid();
    }
    const person = await this.repository.employeeBySubject(sso.issuer, payload.sub);
    if (person) await this.dataSource.transaction((manager) => this.sessions.revokeAllFor(manager, person.id));
  }

  /** Ends this session and says where to sign out at the provider too (RP-initiated logout), when it supports that. */
  async logout(accessToken: string | undefined, refreshToken: string | undefined): Promise<string | null> {
    const viewer = accessToken ? await this.sessions.authenticate(accessToken).catch(() => null) : null;
    if (refreshToken) await this.sessions.endByRefreshToken(refreshToken);
    if (!viewer) return null;
    await this.sessions.end(viewer.sessionId);
    const employeeId = viewer.id;
    const sso = await this.settings.effective();
    if (!sso) return null;
    const idToken = await this.repository.lastIdToken(employeeId);
    if (!idToken) return null;
    try {
      const client = await this.clients.clientFor(sso, this.redirectUri());
      if (!client.issuer.metadata.end_session_endpoint) return null;
      return client.endSessionUrl({ id_token_hint: idToken, post_logout_redirect_uri: `${this.config.publicUrl}/sign-in` });
    } catch {
      return null;
    }
  }

  addresses() {
    const base = this.config.publicUrl;
    return {
      redirectUri: this.redirectUri(),
      postLogoutRedirectUri: `${base}/sign-in`,
      backchannelLogoutUri: `${base}/api/sso/backchannel-logout`,
      scimBaseUrl: `${base}/scim/v2`,
    };
  }

  /** Fails with a field error when the issuer's discovery document cannot be read (used when an admin saves). */
  async checkIssuer(issuer: string): Promise<void> {
    try {
      await this.clients.discover(issuer);
    } catch (error) {
      throw SsoErrors.providerUnreachable((error as Error).message.slice(0, 200));
    }
  }

  /** From PUBLIC_URL (or its default), never from a request header: the provider redirects only to what is registered. */
  private redirectUri(): string {
    return `${this.config.publicUrl}/api/sso/callback`;
  }
}
