import type { components } from '../api/schema';

export type Problem = components['schemas']['ProblemDto'];

/** An API error in RFC 9457 problem+json shape; thrown by every fetcher so hooks and forms see one type. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code?: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: { field: string; message: string }[];
  /** Seconds from the Retry-After header of a 429. */
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** Turns whatever openapi-fetch returned as `error` into an ApiProblem (network and non-JSON errors included). */
export function toApiProblem(error: unknown, response?: Response): ApiProblem {
  const retryAfter = response?.headers.get('Retry-After');
  const retryAfterSeconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  if (isProblem(error)) return new ApiProblem({ ...error, detail: error.detail ?? error.title }, retryAfterSeconds);
  const status = response?.status ?? 0;
  return new ApiProblem(
    {
      type: 'about:blank',
      title: status ? `Request failed (${status})` : 'Network error',
      status,
      detail: status ? 'Something went wrong on our side. Please try again.' : 'We could not reach Heroics. Check your connection and try again.',
    },
    retryAfterSeconds,
  );
}

/** The openapi-fetch result: data on success, otherwise throws an ApiProblem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw toApiProblem(result.error, result.response);
  return result.data as T;
}

/** A sentence a person can act on, for notifications and alerts. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail || error.title;
  // fetch() rejects with a TypeError when no answer came at all (offline, or the server is unreachable).
  if (error instanceof TypeError) return 'The server could not be reached: you may be offline. Try again once you are back online.';
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Please try again.';
}

/**
 * Maps problem errors[] onto form fields ({ field: message }). Unknown fields are returned
 * separately so the caller can still show them.
 */
export function fieldErrorsFor(error: unknown, knownFields: readonly string[]): { fields: Record<string, string>; unmatched: string[] } {
  const fields: Record<string, string> = {};
  const unmatched: string[] = [];
  if (!(error instanceof ApiProblem)) return { fields, unmatched };
  for (const { field, message } of error.fieldErrors) {
    if (knownFields.includes(field)) fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
    else unmatched.push(message);
  }
  return { fields, unmatched };
}
