import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError, httpStatusOf } from './domain-error';
import { FieldErrorDto, ProblemDto } from './problem.dto';
import { RequestValidationException } from './validation';

type Problem = ProblemDto & Record<string, unknown>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  408: 'Request Timeout',
  410: 'Gone',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** PostgreSQL or network error codes that mean the database is not reachable right now. */
const DATABASE_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
  '53300', // too_many_connections
]);

/** Messages of node-postgres and its pool when a connection is lost or cannot be had in time. */
const CONNECTION_LOST =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)/i;

/** How long a client should wait before retrying after a 503 (the app reconnects on the next request). */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/**
 * The database went away: refused, reset, shut down, or the connection was lost in the middle of a transaction
 * (TypeORM then reports the transaction's query runner as released when the next statement runs).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof QueryRunnerProviderAlreadyReleasedError || error instanceof QueryRunnerAlreadyReleasedError) return true;
  const code = (error as { code?: string })?.code;
  if (code && DATABASE_UNAVAILABLE.has(code)) return true;
  const cause = (error as { driverError?: unknown })?.driverError;
  if (cause && cause !== error && isDatabaseUnavailable(cause)) return true;
  return CONNECTION_LOST.test(String((error as Error)?.message));
}

function problem(status: number, code: string, detail: string, errors?: FieldErrorDto[], extensions: Record<string, unknown> = {}): Problem {
  return {
    type: `urn:heroics:problem:${code.replace(/_/g, '-')}`,
    title: TITLES[status] ?? HttpStatus[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length ? { errors } : {}),
    ...extensions,
  };
}

const logger = new Logger('Problem');

/** Turns anything thrown while handling a request into RFC 9457 problem details; nothing else leaves the server. */
export function toProblem(error: unknown): Problem {
  if (error instanceof RequestValidationException) {
    return problem(400, 'validation_failed', error.message, error.fieldErrors);
  }
  if (error instanceof DomainError) {
    const errors = error.field ? [{ field: error.field, message: error.message }] : undefined;
    return problem(httpStatusOf(error.kind), error.code, error.message, errors, error.extensions);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const detail =
      typeof body === 'string'
        ? body
        : Array.isArray((body as any).message)
          ? (body as any).message.join('; ')
          : String((body as any).message ?? error.message);
    const code = status === 404 ? 'not_found' : (TITLES[status] ?? 'error').toLowerCase().replace(/ /g, '_');
    // Nest raises these for a body it cannot read (malformed JSON, too large, wrong type): the body is at fault.
    const bodyAtFault = status === 400 || status === 413 || status === 415;
    return problem(status, code, detail, bodyAtFault ? [{ field: 'body', message: detail }] : undefined);
  }
  const pgCode = (error as { code?: string })?.code;
  if (isDatabaseUnavailable(error)) {
    return problem(503, 'database_unavailable', 'The database is not reachable right now; try again in a moment.', undefined, {
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
  if (error instanceof QueryFailedError) {
    if (pgCode === '23505') return problem(409, 'conflict', 'That would duplicate an existing record.');
    if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008' || pgCode === '22003') {
      return problem(400, 'invalid_value', 'A value in the request is not valid.');
    }
  }
  // Errors raised by Fastify itself (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
  const statusCode = (error as { statusCode?: number })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const fastifyCode = String((error as { code?: string }).code ?? '');
    // The router's own errors are about the URL, not the body.
    if (fastifyCode === 'FST_ERR_BAD_URL' || fastifyCode === 'FST_ERR_MAX_PARAM_LENGTH') {
      const detail =
        fastifyCode === 'FST_ERR_BAD_URL' ? 'The URL is not valid (a malformed percent-encoding?).' : 'A part of the URL is longer than the server accepts.';
      return problem(statusCode, (TITLES[statusCode] ?? 'bad_request').toLowerCase().replace(/ /g, '_'), detail, [{ field: 'url', message: detail }]);
    }
    const detail =
      fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'The request body is larger than the server accepts.'
        : fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'The request body must be application/json.'
          : statusCode === 400
            ? 'The request body is not valid JSON.'
            : (error as Error).message;
    const errors = statusCode === 400 || statusCode === 413 || statusCode === 415 ? [{ field: 'body', message: detail }] : undefined;
    return problem(statusCode, (TITLES[statusCode] ?? 'bad_request').toLowerCase().replace(/ /g, '_'), detail, errors);
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return problem(500, 'internal_error', 'Something went wrong on our side. It has been logged.');
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: unknown): void {
  const body = toProblem(error);
  body.instance = request.url.split('?')[0];
  // Every 503 says when to come back, including ones raised as domain errors (the health check).
  const retryAfter = body.retryAfterSeconds ?? (body.status === 503 ? DATABASE_RETRY_AFTER_SECONDS : undefined);
  if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
  void reply.status(body.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(body);
}

/** The last stop of every failed request: one problem+json shape for all of them (SPA pages are routes of their own: spa-pages.ts). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(http.getResponse<FastifyReply>(), http.getRequest<FastifyRequest>(), error);
  }
}
