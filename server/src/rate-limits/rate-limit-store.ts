import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { IRateLimiterOptions, RateLimiterAbstract, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Where every counter of the app lives (sign-in throttling, per-person write limits), so all instances share them:
 * Redis when REDIS_URL is set, PostgreSQL otherwise. While Redis is away the counters fall back to PostgreSQL,
 * which every instance shares too, so limits keep working.
 */
@Injectable()
export class RateLimitStore implements OnApplicationShutdown {
  private readonly redis?: Redis;
  /** Keys in Redis name the database they count for, so installations sharing one Redis keep apart counters. */
  private readonly redisPrefix: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const db = dataSource.options as { url?: string; host?: string; port?: number; database?: string };
    const database = db.url ? new URL(db.url) : undefined;
    const where = database ? `${database.hostname}:${database.port}${database.pathname}` : `${db.host}:${db.port}/${db.database}`;
    this.redisPrefix = `heroics:${createHash('sha256').update(where).digest('hex').slice(0, 12)}`;
    if (config.redisUrl) {
      // Fail fast instead of queueing commands while Redis is away: the PostgreSQL fallback answers instead.
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on('error', () => undefined); // reconnects by itself; failed commands surface in the request
    }
  }

  /** A counter of `points` per `duration` seconds under `keyPrefix` (a distinct prefix per use). */
  limiter(options: Pick<IRateLimiterOptions, 'keyPrefix' | 'points' | 'duration'>): RateLimiterAbstract {
    // The table rate-limiter-flexible's PostgreSQL store uses (see login-throttle.entity.ts); keys carry the prefix.
    const postgres = { storeClient: this.dataSource, storeType: 'typeorm', tableName: 'login_throttle', tableCreated: true, clearExpiredByTimeout: false };
    if (!this.redis) return new RateLimiterPostgres({ ...postgres, ...options });
    return new RateLimiterRedis({
      storeClient: this.redis,
      ...options,
      keyPrefix: `${this.redisPrefix}:${options.keyPrefix}`,
      insuranceLimiter: new RateLimiterPostgres({ ...postgres, ...options }),
    });
  }

  /** After the HTTP server has drained, so a request in flight at SIGTERM is still counted. */
  async onApplicationShutdown(): Promise<void> {
    // Not quit(): it waits for a reply that never comes while Redis is away, and keeps reconnecting meanwhile.
    this.redis?.disconnect();
  }
}

/** Seconds to wait, from a refusal of rate-limiter-flexible, at least one. */
export function retryAfterSeconds(rejection: RateLimiterRes): number {
  return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
}
