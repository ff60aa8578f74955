import { Global, Module } from '@nestjs/common';
import { RateLimitStore } from './rate-limit-store';
import { WriteLimitGuard } from './write-limit.guard';

/** Shared counters (Redis or PostgreSQL) for sign-in throttling and per-person write limits. */
@Global()
@Module({ providers: [RateLimitStore, WriteLimitGuard], exports: [RateLimitStore, WriteLimitGuard] })
export class RateLimitsModule {}
