import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from './domain-error';
import { toProblem } from './problem-details';
import { RequestValidationException } from './validation';

describe('toProblem', () => {
  it('maps a domain error to its status with the field at fault', () => {
    expect(toProblem(new DomainError('conflict', 'email_taken', 'Taken.', 'email'))).toEqual({
      type: 'urn:heroics:problem:email-taken',
      title: 'Conflict',
      status: 409,
      detail: 'Taken.',
      code: 'email_taken',
      errors: [{ field: 'email', message: 'Taken.' }],
    });
  });

  it('carries extensions such as retryAfterSeconds', () => {
    expect(toProblem(new DomainError('too_many_requests', 'too_many_attempts', 'Wait.', undefined, { retryAfterSeconds: 12 }))).toMatchObject({
      status: 429,
      retryAfterSeconds: 12,
    });
  });

  it('lists every invalid field of a validation failure', () => {
    const problem = toProblem(
      new RequestValidationException([
        { field: 'email', message: 'bad' },
        { field: 'name', message: 'empty' },
      ]),
    );
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', detail: 'The request has 2 invalid fields.' });
    expect(problem.errors).toHaveLength(2);
  });

  it('keeps Nest HTTP exceptions in the same shape', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/x'))).toMatchObject({ status: 404, title: 'Not Found', code: 'not_found' });
    expect(toProblem(new ForbiddenException())).toMatchObject({ status: 403, title: 'Forbidden' });
  });

  it('answers 503 when the database is unreachable and 409 for a unique violation that slipped past a check', () => {
    expect(toProblem(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toMatchObject({
      status: 503,
      code: 'database_unavailable',
      retryAfterSeconds: 2,
    });
    expect(
      toProblem(new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))),
    ).toMatchObject({ status: 503 });
    expect(toProblem(new Error('Connection terminated unexpectedly'))).toMatchObject({ status: 503 });
    expect(toProblem(new Error('Client has encountered a connection error and is not queryable'))).toMatchObject({ status: 503 });
    expect(toProblem(new QueryRunnerProviderAlreadyReleasedError())).toMatchObject({ status: 503 });
    expect(toProblem(new Error('timeout exceeded when trying to connect'))).toMatchObject({ status: 503 });
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' }));
    expect(toProblem(unique)).toMatchObject({ status: 409 });
  });

  it('never lets a stack trace or internal message out of an unexpected error', () => {
    const problem = toProblem(new TypeError('Cannot read properties of undefined (reading secretColumn)'));
    expect(problem).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(problem)).not.toMatch(/secretColumn|at |TypeError/);
  });
});
