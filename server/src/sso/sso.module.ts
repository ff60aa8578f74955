import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PASSWORD_SIGN_IN_GATE } from '../auth/password-sign-in-gate';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { OidcClientFactory } from './oidc-client.factory';
import { SsoController } from './sso.controller';
import { SsoPasswordGate } from './sso-password-gate';
import { SsoRepository } from './sso.repository';
import { SsoService } from './sso.service';
import { SsoSettingsService } from './sso-settings.service';

/** Global only to offer the password gate to the auth module without the auth module importing this one. */
@Global()
@Module({
  imports: [AuthModule, EmployeesModule, DepartmentsModule],
  controllers: [SsoController],
  providers: [
    SsoService,
    SsoSettingsService,
    SsoRepository,
    OidcClientFactory,
    SsoPasswordGate,
    { provide: PASSWORD_SIGN_IN_GATE, useExisting: SsoPasswordGate },
  ],
  exports: [PASSWORD_SIGN_IN_GATE],
})
export class SsoModule {}
