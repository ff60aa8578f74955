import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrors } from './auth.errors';

/**
 * Sign-in throttling shared by every app instance (counters live in PostgreSQL):
 * at most N attempts per client IP, and M failed attempts per account, in a sliding window.
 */
@Injectable()
export class LoginThrottleService {
  private readonly attemptsByIp: RateLimiterPostgres;
  private readonly failuresByAccount: RateLimiterPostgres;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const common = { storeClient: dataSource, storeType: 'typeorm', tableName: 'login_throttle', tableCreated: true, clearExpiredByTimeout: false, duration: config.login.windowSeconds };
    this.attemptsByIp = new RateLimiterPostgres({ ...common, keyPrefix: 'login-ip', points: config.login.maxAttemptsPerIp });
    this.failuresByAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'login-account', points: config.login.maxFailuresPerAccount });
  }

  /** Counts an attempt from this IP and refuses it when the IP or the account is over its limit. */
  async admit(ip: string, email: string): Promise<void> {
    try {
      await this.attemptsByIp.consume(ip);
    } catch (rejection) {
      throw this.toError(rejection);
    }
    const account = await this.failuresByAccount.get(email);
    if (account && account.consumedPoints >= this.failuresByAccount.points) throw this.toError(account);
  }

  async recordFailure(email: string): Promise<void> {
    await this.failuresByAccount.penalty(email, 1);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.failuresByAccount.delete(email);
  }

  private toError(rejection: unknown): Error {
    if (rejection instanceof RateLimiterRes) return AuthErrors.tooManyAttempts(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    return rejection as Error;
  }
}
