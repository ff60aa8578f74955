import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/auth.guard';
import { ScimErrors } from './scim.errors';
import { ScimCaller, ScimTokensService } from './scim-tokens.service';

/** /scim/v2 takes SCIM tokens only: a person's session token is not one, and a SCIM token opens nothing else. */
@Injectable()
export class ScimTokenGuard implements CanActivate {
  constructor(private readonly tokens: ScimTokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { scimCaller?: ScimCaller }>();
    const caller = await this.tokens.authenticate(bearerToken(request));
    if (!caller) throw ScimErrors.unauthorized();
    request.scimCaller = caller;
    return true;
  }
}
