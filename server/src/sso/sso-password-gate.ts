import { Injectable } from '@nestjs/common';
import { PasswordSignInGate } from '../auth/password-sign-in-gate';
import { EmployeeRole } from '../employees/employee.entity';
import { SsoErrors } from './sso.errors';
import { passwordAllowed } from './sso.policy';
import { SsoSettingsService } from './sso-settings.service';

/** "Require SSO for everyone but break-glass admins", asked by the password login after the password checked out. */
@Injectable()
export class SsoPasswordGate implements PasswordSignInGate {
  constructor(private readonly settings: SsoSettingsService) {}

  async assertPasswordAllowed(email: string, role: EmployeeRole): Promise<void> {
    if (!passwordAllowed(await this.settings.effective(), email, role)) throw SsoErrors.ssoRequired();
  }
}
