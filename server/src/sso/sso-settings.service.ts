import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataSource } from 'typeorm';
import { SsoSettingsDto, UpdateSsoSettingsDto } from './dto/sso-settings.dto';
import { openSecret, sealSecret } from './secret-box';
import { SsoErrors } from './sso.errors';
import { issuerAcceptable } from './sso.policy';
import { SsoRepository } from './sso.repository';

/** The provider in force: the environment's, or the admin's settings, with the secret opened. */
export interface EffectiveSso {
  providerName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  requireSso: boolean;
  breakGlassEmails: string[];
  jitProvisioning: boolean;
  departmentClaim: string;
  fromEnvironment: boolean;
}

@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly repository: SsoRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Null when single sign-on is off. Read on each use (one small row), so every instance sees a change at once. */
  async effective(): Promise<EffectiveSso | null> {
    const env = this.config.ssoFromEnvironment;
    if (env) return { ...env, fromEnvironment: true };
    const stored = await this.repository.settings();
    if (!stored?.enabled || !stored.issuer || !stored.clientId) return null;
    let clientSecret = '';
    try {
      clientSecret = stored.clientSecretEncrypted ? openSecret(this.config.secretsKey, stored.clientSecretEncrypted) : '';
    } catch {
      // Sealed under another key (SECRETS_KEY changed): treat as not configured rather than fail every sign-in page.
      return null;
    }
    return { ...stored, clientSecret, fromEnvironment: false };
  }

  async forAdmin(): Promise<SsoSettingsDto> {
    const env = this.config.ssoFromEnvironment;
    const stored = env ? null : await this.repository.settings();
    const source = env ?? stored;
    return {
      enabled: env ? true : (stored?.enabled ?? false),
      managedByEnvironment: Boolean(env),
      providerName: source?.providerName ?? '',
      issuer: source?.issuer ?? '',
      clientId: source?.clientId ?? '',
      hasClientSecret: env ? Boolean(env.clientSecret) : Boolean(stored?.clientSecretEncrypted),
      allowedDomains: source?.allowedDomains ?? [],
      requireSso: source?.requireSso ?? false,
      breakGlassEmails: source?.breakGlassEmails ?? [],
      jitProvisioning: source?.jitProvisioning ?? false,
      departmentClaim: source?.departmentClaim ?? 'department',
    };
  }

  async update(actor: CurrentEmployee, dto: UpdateSsoSettingsDto, check: (issuer: string) => Promise<void>): Promise<SsoSettingsDto> {
    if (this.config.ssoFromEnvironment) throw SsoErrors.managedByEnvironment();
    const current = await this.repository.settings();
    const issuer = dto.issuer.replace(/\/$/, '');
    if (dto.enabled && !dto.providerName.trim()) throw SsoErrors.required('providerName');
    if (dto.enabled && !dto.clientId.trim()) throw SsoErrors.required('clientId');
    if (dto.enabled || issuer) {
      if (!issuerAcceptable(issuer, this.config.env === 'production')) throw SsoErrors.issuerNotAllowed();
    }
    const clientSecretEncrypted = dto.clientSecret ? sealSecret(this.config.secretsKey, dto.clientSecret) : (current?.clientSecretEncrypted ?? null);
    if (dto.enabled && !clientSecretEncrypted) throw SsoErrors.secretRequired();
    const breakGlassEmails = [...new Set((dto.breakGlassEmails ?? []).map((e) => e.toLowerCase()))];
    const admins = new Set(await this.repository.currentAdminEmails(breakGlassEmails));
    const notAdmin = breakGlassEmails.find((e) => !admins.has(e));
    if (notAdmin) throw SsoErrors.breakGlassNotAdmin(notAdmin);
    // Discovery is tried before saving, so a typo in the issuer is caught here rather than at everyone's next sign-in.
    if (dto.enabled) await check(issuer);
    const next = {
      enabled: dto.enabled,
      providerName: dto.providerName,
      issuer,
      clientId: dto.clientId,
      clientSecretEncrypted,
      allowedDomains: [...new Set((dto.allowedDomains ?? []).map((d) => d.toLowerCase().replace(/^@/, '')))],
      requireSso: dto.requireSso ?? false,
      breakGlassEmails,
      jitProvisioning: dto.jitProvisioning ?? false,
      departmentClaim: dto.departmentClaim || 'department',
    };
    await this.repository.saveSettings(next);
    const { clientSecretEncrypted: _secret, ...audited } = next;
    await this.audit.record(this.dataSource.manager, {
      actorId: actor.id,
      action: 'sso.settings_changed',
      subjectType: 'sso_settings',
      subjectId: '00000000-0000-0000-0000-000000000001',
      after: { ...audited, clientSecretChanged: Boolean(dto.clientSecret) },
    });
    return this.forAdmin();
  }
}
