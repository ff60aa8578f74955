import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrors } from './auth.errors';
import { LoginDto, SessionDto } from './dto/login.dto';
import { LoginThrottleService } from './login-throttle.service';
import { PASSWORD_SIGN_IN_GATE, PasswordSignInGate } from './password-sign-in-gate';
import { hashPassword, verifyPassword } from './password-hasher';
import { SessionsRepository } from './sessions.repository';
import { IssuedSession, SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so a miss costs as long as a wrong password. */
  private readonly decoyHash = hashPassword('decoy password that nobody has');

  constructor(
    private readonly credentials: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(PASSWORD_SIGN_IN_GATE) private readonly passwordGate?: PasswordSignInGate,
  ) {}

  async login(dto: LoginDto, ip: string): Promise<{ session: SessionDto; refreshToken: string }> {
    await this.throttle.admit(ip, dto.email);
    const employee = await this.credentials.credentialsByEmail(dto.email);
    const valid = employee?.passwordHash ? await verifyPassword(employee.passwordHash, dto.password) : await verifyPassword(await this.decoyHash, dto.password);
    // People who left cannot sign in; they get the same answer as a wrong password.
    if (!employee || !valid || employee.leftOn) {
      await this.throttle.recordFailure(dto.email);
      throw AuthErrors.invalidCredentials();
    }
    await this.throttle.recordSuccess(dto.email);
    await this.passwordGate?.assertPasswordAllowed(dto.email, employee.role);
    const issued = await this.sessions.start(employee.id);
    return { session: this.toSession(issued, employee), refreshToken: issued.refreshToken };
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
