import { Inject, Injectable } from '@nestjs/common';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmailPreferencesDto, SetEmailPreferenceDto, UnsubscribedDto } from './dto/email-preferences.dto';
import { EMAIL_KINDS, EmailKind, EmailMode } from './email-preference.entity';
import { EmailPreferencesErrors } from './email-preferences.errors';
import { effectiveModes, readUnsubscribeToken, unsubscribeToken } from './email-preferences.policy';
import { EmailPreferencesRepository } from './email-preferences.repository';

@Injectable()
export class EmailPreferencesService {
  constructor(
    private readonly preferences: EmailPreferencesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the senders: how this person wants this kind of email. */
  async modeOf(employeeId: string, kind: EmailKind): Promise<EmailMode> {
    return effectiveModes(await this.preferences.chosen(employeeId))[kind];
  }

  unsubscribeTokenFor(employeeId: string, kind: EmailKind): string {
    return unsubscribeToken(this.config.jwtSecret, employeeId, kind);
  }

  async mine(viewer: CurrentEmployee): Promise<EmailPreferencesDto> {
    const modes = effectiveModes(await this.preferences.chosen(viewer.id));
    return { preferences: EMAIL_KINDS.map((kind) => ({ kind, mode: modes[kind] })) };
  }

  async set(viewer: CurrentEmployee, dto: SetEmailPreferenceDto): Promise<EmailPreferencesDto> {
    await this.preferences.set(viewer.id, dto.kind, dto.mode);
    return this.mine(viewer);
  }

  /** Without signing in: the token names the person and the one kind it stops. */
  async unsubscribe(token: string): Promise<UnsubscribedDto> {
    const target = readUnsubscribeToken(this.config.jwtSecret, token);
    if (!target) throw EmailPreferencesErrors.invalidLink();
    await this.preferences.set(target.employeeId, target.kind, 'never');
    return { kind: target.kind, mode: 'never' };
  }
}
