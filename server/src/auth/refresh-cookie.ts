import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export const REFRESH_COOKIE = 'heroics_refresh';
/**
 * Beside it, readable by the page and holding no secret: "there is a sign-in to restore". A page opened signed out
 * then shows the sign-in page without asking for a refresh it knows will fail (no 401 in the console).
 */
export const SIGNED_IN_HINT_COOKIE = 'heroics_signed_in';

/** The refresh token lives in an http-only, SameSite=Strict cookie scoped to the auth routes. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(request: FastifyRequest): string | undefined {
    const value = request.cookies?.[REFRESH_COOKIE];
    return value && value.length <= 200 ? value : undefined;
  }

  set(reply: FastifyReply, token: string): void {
    void reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/api/auth',
      maxAge: this.config.refreshTokenTtlSeconds,
    });
    void reply.setCookie(SIGNED_IN_HINT_COOKIE, '1', {
      httpOnly: false,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.config.refreshTokenTtlSeconds,
    });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth', httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure });
    void reply.clearCookie(SIGNED_IN_HINT_COOKIE, { path: '/', sameSite: 'strict', secure: this.config.cookieSecure });
  }
}
