import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, httpStatusOf } from '../common/domain-error';
import { toProblem } from '../common/problem-details';
import { ScimError } from './scim.errors';
import { ERROR_SCHEMA } from './scim-user.mapper';

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/** Every failure under /scim/v2 in SCIM's own error shape (RFC 7644 §3.12), never problem+json. */
@Catch()
export class ScimErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status: number;
    let detail: string;
    let scimType: string | undefined;
    if (error instanceof ScimError) {
      ({ status, detail, scimType } = error);
    } else if (error instanceof DomainError) {
      status = httpStatusOf(error.kind);
      detail = error.message;
      scimType = status === 409 ? 'uniqueness' : status === 422 || status === 400 ? 'invalidValue' : undefined;
      if (status === 422) status = 400;
    } else {
      // Body parsing, size limits, the database being away: the shared mapping decides the status and words.
      const problem = toProblem(error);
      status = problem.status;
      detail = problem.detail;
      if (status === 400) scimType = 'invalidSyntax';
      if (error instanceof HttpException && status === 404) detail = 'Resource not found.';
    }
    if (status === 401) void reply.header('WWW-Authenticate', 'Bearer realm="scim"');
    void reply
      .status(status)
      .header('Content-Type', SCIM_CONTENT_TYPE)
      .send({ schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail });
  }
}
