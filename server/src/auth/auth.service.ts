import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrors } from './auth.errors';
import { CurrentEmployee } from '../common/current-employee';
import { EmployeesService } from '../employees/employees.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, SessionDto } from './dto/login.dto';
import { passwordWeakness } from './password-strength';
import { SignInClient } from './login-throttle.policy';
import { LoginThrottleService } from './login-throttle.service';
import { PASSWORD_SIGN_IN_GATE, PasswordSignInGate } from './password-sign-in-gate';
import { hashPassword, verifyPassword } from './password-hasher';
import { IssuedSession, SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so a miss costs as long as a wrong password. */
  private readonly decoyHash = hashPassword('decoy password that nobody has');

  constructor(
    private readonly employees: EmployeesService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(PASSWORD_SIGN_IN_GATE) private readonly passwordGate?: PasswordSignInGate,
  ) {}

  /**
   * `trustedDeviceFor` tells whether the request's device cookie vouches for an employee (see DeviceCookie):
   * such a device is not stopped by an account lock that attempts from elsewhere caused.
   */
  async login(
    dto: LoginDto,
    ip: string,
    trustedDeviceFor: (employeeId: string | undefined) => string | undefined,
  ): Promise<{ session: SessionDto; refreshToken: string }> {
    const employee = await this.employees.credentials('email', dto.email);
    const client: SignInClient = { ip, trustedDeviceId: trustedDeviceFor(employee?.id) };
    await this.throttle.admit(dto.email, client);
    const valid = employee?.passwordHash ? await verifyPassword(employee.passwordHash, dto.password) : await verifyPassword(await this.decoyHash, dto.password);
    // People who left cannot sign in; they get the same answer as a wrong password.
    if (!employee || !valid || employee.leftOn) {
      const { accountLocked } = await this.throttle.recordFailure(dto.email, client);
      if (accountLocked && employee) {
        await this.audit.record(this.dataSource.manager, {
          actorId: null,
          action: 'employee.sign_in_locked',
          subjectType: 'employee',
          subjectId: employee.id,
          after: { failures: this.config.login.maxFailuresPerAccount, windowSeconds: this.config.login.windowSeconds, lastAddress: ip },
        });
      }
      throw AuthErrors.invalidCredentials();
    }
    await this.throttle.recordSuccess(dto.email, client);
    await this.passwordGate?.assertPasswordAllowed(dto.email, employee.role);
    const issued = await this.sessions.start(employee.id);
    return { session: this.toSession(issued, employee), refreshToken: issued.refreshToken };
  }

  /** Checks the current password (a wrong one counts as a failed sign-in), sets the new one and ends every other sign-in. */
  async changePassword(me: CurrentEmployee, dto: ChangePasswordDto, ip: string): Promise<void> {
    const employee = await this.employees.credentials('id', me.id);
    if (!employee?.passwordHash) throw AuthErrors.sessionEnded();
    const client: SignInClient = { ip };
    await this.throttle.admit(employee.email, client);
    if (!(await verifyPassword(employee.passwordHash, dto.currentPassword))) {
      await this.throttle.recordFailure(employee.email, client);
      throw AuthErrors.currentPasswordWrong();
    }
    if (dto.newPassword === dto.currentPassword) throw AuthErrors.weakPassword('newPassword', 'Choose a password different from the current one.');
    const weakness = passwordWeakness(dto.newPassword, [employee.name, employee.email]);
    if (weakness) throw AuthErrors.weakPassword('newPassword', weakness);
    const passwordHash = await hashPassword(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.employees.setPasswordHash(me.id, passwordHash, manager);
      await this.sessions.revokeAllExcept(manager, me.id, me.sessionId);
      await this.audit.record(manager, { actorId: me.id, action: 'employee.password_changed', subjectType: 'employee', subjectId: me.id });
    });
  }

  /**
   * Starts a session for someone another sign-in method (single sign-on) has already verified, exactly as the
   * password login does: the caller sets the refresh cookie. People who left get none.
   */
  async startVerifiedSession(employeeId: string): Promise<{ session: SessionDto; refreshToken: string }> {
    const issued = await this.sessions.start(employeeId);
    const employee = await this.sessions.authenticate(issued.accessToken);
    return { session: this.toSession(issued, employee), refreshToken: issued.refreshToken };
  }

  async refresh(refreshToken: string | undefined): Promise<{ session: SessionDto; refreshToken: string }> {
    if (!refreshToken) throw AuthErrors.refreshTokenMissing();
    const issued = await this.sessions.refresh(refreshToken);
    const employee = await this.sessions.authenticate(issued.accessToken);
    return { session: this.toSession(issued, employee), refreshToken: issued.refreshToken };
  }

  async logout(refreshToken: string | undefined, accessToken: string | undefined): Promise<void> {
    if (refreshToken) await this.sessions.endByRefreshToken(refreshToken);
    if (accessToken) {
      const employee = await this.sessions.authenticate(accessToken).catch(() => null);
      if (employee) await this.sessions.end(employee.sessionId);
    }
  }

  private toSession(issued: IssuedSession, employee: { id: string; name: string; role: SessionDto['employee']['role'] }): SessionDto {
    return {
      accessToken: issued.accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.accessTokenTtlSeconds,
      employee: { id: employee.id, name: employee.name, role: employee.role },
    };
  }
}
