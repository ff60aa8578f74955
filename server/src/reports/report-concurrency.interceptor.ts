import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { finalize, Observable } from 'rxjs';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ConcurrencyGate } from '../rate-limits/concurrency-gate';
import { RateLimitErrors } from '../rate-limits/rate-limits.errors';

/**
 * A report over the whole company (survival curves for many as-of dates) can take a database connection for a while:
 * one person may have at most REPORTS_MAX_CONCURRENT_PER_PERSON of them running at once; beyond that, 429.
 */
@Injectable()
export class ReportConcurrencyInterceptor implements NestInterceptor {
  private readonly gate: ConcurrencyGate;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.gate = new ConcurrencyGate(config.reportsMaxConcurrentPerPerson);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const person = context.switchToHttp().getRequest<FastifyRequest & { user?: CurrentEmployee }>().user;
    if (!person) return next.handle();
    if (!this.gate.tryEnter(person.id)) throw RateLimitErrors.tooManyReports(this.gate.limit);
    return next.handle().pipe(finalize(() => this.gate.leave(person.id)));
  }
}
