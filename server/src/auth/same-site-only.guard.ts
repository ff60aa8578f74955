import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrors } from './auth.errors';
import { isCrossSiteRequest, originOf } from './cross-site.policy';

/** Refuses (403) a request another site's page made: for the routes that act on cookies. See cross-site.policy.ts. */
@Injectable()
export class SameSiteOnlyGuard implements CanActivate {
  private readonly configured: string[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.configured = [config.publicUrl, ...config.corsOrigins].map(originOf).filter((o): o is string => !!o);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = (name: string) => (typeof request.headers[name] === 'string' ? (request.headers[name] as string) : undefined);
    // The app's own address as this request reached it also counts (a development server on another port proxies to it).
    const own = originOf(`${request.protocol}://${request.host}`);
    const allowed = own ? [...this.configured, own] : this.configured;
    if (isCrossSiteRequest({ origin: header('origin'), secFetchSite: header('sec-fetch-site') }, allowed)) throw AuthErrors.crossSite();
    return true;
  }
}
