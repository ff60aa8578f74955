import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, REQUIRED_ROLES } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { EmployeeRole } from '../employees/employee.entity';
import { AuthErrors } from './auth.errors';
import { SessionsService } from './sessions.service';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Every route needs a signed-in, still-employed person unless it is marked @Public(); @Roles narrows it further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: CurrentEmployee }>();
    const token = bearerToken(request);
    if (!token) throw AuthErrors.notSignedIn();
    const employee = await this.sessions.authenticate(token);
    request.user = employee;
    const roles = this.reflector.getAllAndOverride<EmployeeRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(employee.role)) throw AuthErrors.roleRequired(roles);
    return true;
  }
}
