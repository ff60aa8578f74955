import { Injectable } from '@nestjs/common';
import { BaseClient, custom, Issuer } from 'openid-client';
import { EffectiveSso } from './sso-settings.service';

custom.setHttpOptionsDefaults({ timeout: 5000 });

const DISCOVERY_TTL_MS = 10 * 60 * 1000;

/**
 * openid-client clients per provider configuration. Discovery and the provider's keys are cached for a few minutes
 * (a cache only: any instance rebuilds it from the issuer), and a changed setting makes a new client at once.
 */
@Injectable()
export class OidcClientFactory {
  private cached: { key: string; client: BaseClient; at: number } | null = null;

  /** After a refused token the next sign-in rediscovers (the provider may have rotated its keys). */
  forget(): void {
    this.cached = null;
  }

  async discover(issuerUrl: string): Promise<Issuer<BaseClient>> {
    return Issuer.discover(issuerUrl);
  }

  async clientFor(sso: EffectiveSso, redirectUri: string): Promise<BaseClient> {
    const key = JSON.stringify([sso.issuer, sso.clientId, sso.clientSecret, redirectUri]);
    if (this.cached && this.cached.key === key && Date.now() - this.cached.at < DISCOVERY_TTL_MS) return this.cached.client;
    const issuer = await this.discover(sso.issuer);
    const client = new issuer.Client({
      client_id: sso.clientId,
      client_secret: sso.clientSecret || undefined,
      token_endpoint_auth_method: sso.clientSecret ? 'client_secret_basic' : 'none',
      redirect_uris: [redirectUri],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
    });
    this.cached = { key, client, at: Date.now() };
    return client;
  }
}
