import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrors } from './auth.errors';

/**
 * Sign-in throttling shared by every app instance: at most N attempts per client IP, and M failed attempts per
 * account, in a sliding window. The counters live in PostgreSQL, or in Redis when REDIS_URL is set (one fewer
 * write to the database per sign-in on a busy installation).
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly attemptsByIp: RateLimiterAbstract;
  private readonly failuresByAccount: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const window = { duration: config.login.windowSeconds };
    const ip = { ...window, keyPrefix: 'login-ip', points: config.login.maxAttemptsPerIp };
    const account = { ...window, keyPrefix: 'login-account', points: config.login.maxFailuresPerAccount };
    const postgres = { storeClient: dataSource, storeType: 'typeorm', tableName: 'login_throttle', tableCreated: true, clearExpiredByTimeout: false };
    if (config.redisUrl) {
      // Fail fast instead of queueing commands while Redis is away: a sign-in then fails (503) rather than hangs.
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on('error', () => undefined); // reconnects by itself; failed commands surface in the request
      const store = { storeClient: this.redis };
      // While Redis is away the counters fall back to PostgreSQL (still shared by every instance), so sign-in keeps working.
      this.attemptsByIp = new RateLimiterRedis({ ...store, ...ip, keyPrefix: `heroics:${ip.keyPrefix}`, insuranceLimiter: new RateLimiterPostgres({ ...postgres, ...ip }) });
      this.failuresByAccount = new RateLimiterRedis({ ...store, ...account, keyPrefix: `heroics:${account.keyPrefix}`, insuranceLimiter: new RateLimiterPostgres({ ...postgres, ...account }) });
    } else {
      this.attemptsByIp = new RateLimiterPostgres({ ...postgres, ...ip });
      this.failuresByAccount = new RateLimiterPostgres({ ...postgres, ...account });
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Not quit(): it waits for a reply that never comes while Redis is away, and keeps reconnecting meanwhile.
    this.redis?.disconnect();
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
