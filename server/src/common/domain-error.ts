/** What kind of failure a domain error is; the problem-details filter maps each kind to one HTTP status. */
export type DomainErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'unprocessable'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable';

/**
 * A rule of the domain was broken. Features declare their codes in <feature>.errors.ts;
 * `field` names the request field at fault when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function httpStatusOf(kind: DomainErrorKind): number {
  switch (kind) {
    case 'bad_request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'gone':
      return 410;
    case 'unprocessable':
      return 422;
    case 'unsupported_media_type':
      return 415;
    case 'too_many_requests':
      return 429;
    case 'unavailable':
      return 503;
    default: {
      const unhandled: never = kind;
      throw new Error(`Unmapped domain error kind ${String(unhandled)}`);
    }
  }
}
