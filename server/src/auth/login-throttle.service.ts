import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimitStore, retryAfterSeconds } from '../rate-limits/rate-limit-store';
import { AuthErrors } from './auth.errors';
import { checksFor, clientKey, clientWaitSeconds, SignInClient } from './login-throttle.policy';

/**
 * Sign-in throttling shared by every app instance (see login-throttle.policy.ts for the rules). Counters live in
 * the shared RateLimitStore: PostgreSQL, or Redis when REDIS_URL is set.
 */
@Injectable()
export class LoginThrottleService {
  private readonly failuresByIp: RateLimiterAbstract;
  private readonly failuresByAccount: RateLimiterAbstract;
  private readonly failuresByClient: RateLimiterAbstract;
  /** A client that must wait before its next attempt on an account: blocked for that long. */
  private readonly waitingClients: RateLimiterAbstract;

  constructor(
    store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const duration = config.login.windowSeconds;
    this.failuresByIp = store.limiter({ keyPrefix: 'login-ip', points: config.login.maxFailuresPerIp, duration });
    this.failuresByAccount = store.limiter({ keyPrefix: 'login-account', points: config.login.maxFailuresPerAccount, duration });
    this.failuresByClient = store.limiter({ keyPrefix: 'login-client', points: 1_000_000, duration });
    this.waitingClients = store.limiter({ keyPrefix: 'login-wait', points: 1, duration: 1 });
  }

  /** Refuses the attempt (429 with Retry-After) when the client must wait, or the account or address is over its limit. */
  async admit(email: string, client: SignInClient): Promise<void> {
    const checks = checksFor(client);
    const [waiting, ip, account] = await Promise.all([
      this.waitingClients.get(clientKey(email, client)),
      checks.ip ? this.failuresByIp.get(client.ip) : null,
      checks.account ? this.failuresByAccount.get(email) : null,
    ]);
    if (waiting && waiting.consumedPoints > this.waitingClients.points) throw this.refusal(waiting);
    if (ip && ip.consumedPoints >= this.failuresByIp.points) throw this.refusal(ip);
    if (account && account.consumedPoints >= this.failuresByAccount.points) throw this.refusal(account);
  }

  /** Counts a failed sign-in; true when it is the one that locks the account (for the audit log). */
  async recordFailure(email: string, client: SignInClient): Promise<{ accountLocked: boolean }> {
    const key = clientKey(email, client);
    const [, byClient, byAccount] = await Promise.all([
      this.failuresByIp.penalty(client.ip, 1),
      this.failuresByClient.penalty(key, 1),
      this.failuresByAccount.penalty(email, 1),
    ]);
    const wait = clientWaitSeconds(byClient.consumedPoints, this.config.login.freeFailuresPerClient);
    if (wait > 0) await this.waitingClients.block(key, wait);
    return { accountLocked: byAccount.consumedPoints === this.failuresByAccount.points };
  }

  /**
   * The client proved the password: its own failures on the account are forgotten. The account's count is not, so
   * someone guessing from elsewhere does not get a fresh allowance each time the owner signs in.
   */
  async recordSuccess(email: string, client: SignInClient): Promise<void> {
    const key = clientKey(email, client);
    await Promise.all([this.failuresByClient.delete(key), this.waitingClients.delete(key)]);
  }

  private refusal(rejection: RateLimiterRes): Error {
    return AuthErrors.tooManyAttempts(retryAfterSeconds(rejection));
  }
}
