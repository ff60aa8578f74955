import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager } from 'typeorm';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrors } from './auth.errors';
import { SessionsRepository } from './sessions.repository';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  employeeId: string;
}

interface AccessTokenClaims {
  sub: string;
  sid: string;
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * A sign-in is a family of refresh tokens. Each refresh rotates the token; presenting a used token again
 * revokes the family, unless it was rotated a moment ago (REFRESH_REUSE_GRACE_SECONDS: two tabs refreshing together). Access tokens are short-lived JWTs naming the family, checked on every request.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(employeeId: string): Promise<IssuedSession> {
    return this.dataSource.transaction((manager) => this.issue(manager, employeeId, randomUUID()));
  }

  async refresh(refreshToken: string): Promise<IssuedSession> {
    const tokenHash = sha256(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      let rotated = await this.sessions.rotate(manager, tokenHash);
      if (!rotated) {
        const used = await this.sessions.findUsedToken(manager, tokenHash, this.config.refreshReuseGraceSeconds);
        if (!used) return 'invalid' as const;
        if (!used.withinGrace) {
          await this.sessions.revokeFamily(manager, used.familyId);
          return 'reused' as const;
        }
        // Two tabs refreshed with the same cookie at once: the later one gets a token of its own in the same sign-in.
        rotated = used;
      }
      const employee = await this.sessions.employment(manager, rotated.employeeId);
      // A session may have been started by single sign-on, so having no password does not end it; leaving does.
      if (!employee || employee.leftOn) {
        await this.sessions.revokeFamily(manager, rotated.familyId);
        return 'invalid' as const;
      }
      return this.issue(manager, rotated.employeeId, rotated.familyId);
    });
    if (outcome === 'reused') throw AuthErrors.refreshTokenReused();
    if (outcome === 'invalid') throw AuthErrors.refreshTokenInvalid();
    return outcome;
  }

  async endByRefreshToken(refreshToken: string): Promise<void> {
    const family = await this.sessions.familyOf(sha256(refreshToken));
    if (family) await this.dataSource.transaction((manager) => this.sessions.revokeFamily(manager, family));
  }

  async end(familyId: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.sessions.revokeFamily(manager, familyId));
  }

  /** In the caller's transaction: every sign-in of these employees ends (a new password, departures). */
  revokeAllFor(manager: EntityManager, employeeIds: string | string[]): Promise<void> {
    return this.sessions.revokeAllFor(manager, typeof employeeIds === 'string' ? [employeeIds] : employeeIds);
  }

  /** In the caller's transaction: every sign-in of the employee ends except `keepFamilyId` (the one changing the password). */
  revokeAllExcept(manager: EntityManager, employeeId: string, keepFamilyId: string): Promise<void> {
    return this.sessions.revokeAllExcept(manager, employeeId, keepFamilyId);
  }

  /** Verifies an access token and loads who it belongs to; throws 401 when anything is off. */
  async authenticate(accessToken: string): Promise<CurrentEmployee> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(accessToken, { algorithms: ['HS256'] });
    } catch {
      throw AuthErrors.notSignedIn();
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || !UUID.test(claims.sub) || !UUID.test(claims.sid)) {
      throw AuthErrors.notSignedIn();
    }
    const row = await this.sessions.sessionEmployee(claims.sub, claims.sid);
    if (!row || row.leftOn || !row.sessionLive) throw AuthErrors.sessionEnded();
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      departmentId: row.departmentId,
      managedDepartmentIds: row.managedDepartmentIds,
      sessionId: claims.sid,
    };
  }

  private async issue(manager: EntityManager, employeeId: string, familyId: string): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.insertToken(manager, {
      employeeId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
    });
    const accessToken = await this.jwt.signAsync({ sub: employeeId, sid: familyId } satisfies AccessTokenClaims, {
      expiresIn: this.config.accessTokenTtlSeconds,
      algorithm: 'HS256',
    });
    return { accessToken, refreshToken, employeeId };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
