import { applyDecorators, CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimitErrors } from './rate-limits.errors';
import { RateLimitStore, retryAfterSeconds } from './rate-limit-store';

export const WRITE_KINDS = ['stories', 'endorsements', 'rewards', 'imports', 'kudos', 'comments'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

const WRITE_KIND = 'heroics:write-kind';

/**
 * Counts this write against the signed-in person's limit for its kind (WRITE_LIMIT_*), and answers 429 with
 * Retry-After beyond it: one person cannot flood the feed or the boards. Runs after the global auth guard.
 */
export const WriteLimit = (kind: WriteKind) => applyDecorators(SetMetadata(WRITE_KIND, kind), UseGuards(WriteLimitGuard));

@Injectable()
export class WriteLimitGuard implements CanActivate {
  private readonly limiters: Record<WriteKind, RateLimiterAbstract>;

  constructor(
    private readonly reflector: Reflector,
    store: RateLimitStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const { windowSeconds, ...points } = config.writeLimits;
    this.limiters = Object.fromEntries(
      WRITE_KINDS.map((kind) => [kind, store.limiter({ keyPrefix: `write-${kind}`, points: points[kind], duration: windowSeconds })]),
    ) as Record<WriteKind, RateLimiterAbstract>;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.get<WriteKind | undefined>(WRITE_KIND, context.getHandler());
    const person = context.switchToHttp().getRequest<FastifyRequest & { user?: CurrentEmployee }>().user;
    if (!kind || !person) return true;
    try {
      await this.limiters[kind].consume(person.id);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw RateLimitErrors.tooManyWrites(kind, retryAfterSeconds(rejection));
      throw rejection;
    }
    return true;
  }
}
