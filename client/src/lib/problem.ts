import type { components } from '../api/schema';
import { i18n } from './i18n';

export type Problem = components['schemas']['ProblemDto'];

/** An API error in RFC 9457 problem+json shape; thrown by every fetcher so hooks and forms see one type. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code?: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: { field: string; message: string }[];
  /** Members a problem adds to the standard ones (the rows or columns it is about), as the server sent them. */
  readonly extensions: Record<string, unknown>;
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
    this.extensions = problem as Record<string, unknown>;
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
      title: status ? i18n.t('problems:requestFailed', { status }) : i18n.t('problems:networkError'),
      status,
      detail: status ? i18n.t('problems:ourSide') : i18n.t('problems:unreachable'),
    },
    retryAfterSeconds,
  );
}

/** The openapi-fetch result: data on success, otherwise throws an ApiProblem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw toApiProblem(result.error, result.response);
  return result.data as T;
}

/**
 * The server's problem in the reader's language. The server writes its `detail` in English for people, so English
 * shows it as it is; another language shows the translation of the problem's stable `code`, or, for a code not
 * translated yet, a sentence for its status: an English answer is never shown raw to someone reading Spanish.
 */
function translatedDetail(error: ApiProblem): string {
  if (i18n.language === 'en') return error.detail || error.title;
  // i18n-keys: problems:code.
  const key = `problems:code.${error.code ?? ''}`;
  if (error.code && i18n.exists(key)) return i18n.t(key);
  if (error.status === 0) return i18n.t('problems:unreachable');
  if (error.status === 401) return i18n.t('problems:status.unauthorized');
  if (error.status === 403) return i18n.t('problems:status.forbidden');
  if (error.status === 404) return i18n.t('problems:status.notFound');
  if (error.status === 409) return i18n.t('problems:status.conflict');
  if (error.status === 429) return i18n.t('problems:status.tooMany');
  if (error.status >= 500) return i18n.t('problems:ourSide');
  return i18n.t('problems:status.invalid');
}

/** A sentence a person can act on, for notifications and alerts. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) return translatedDetail(error);
  // fetch() rejects with a TypeError when no answer came at all (offline, or the server is unreachable).
  if (error instanceof TypeError) return i18n.t('problems:offline');
  if (error instanceof Error) return error.message;
  return i18n.t('problems:generic');
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
