/**
 * Parts of URLs that are secrets: whoever holds one can act as someone. Request logs (and anything else that logs a
 * URL) pass URLs through redactUrl. A new route with a secret in its path or query adds its pattern here: the
 * first group is kept, the secret after it is replaced.
 */
export const SECRET_URL_PATTERNS: RegExp[] = [
  // Invitation links (the SPA page and the API that reads and accepts them).
  /(\/api\/invitations\/)[^/?#]+/gi,
  /(\/invite\/)[^/?#]+/gi,
  // Password-reset links.
  /(\/api\/password-resets?\/)[^/?#]+/gi,
  /(\/reset-password\/)[^/?#]+/gi,
  // Customers' compliment confirmation links.
  /(\/thanks\/confirm\/)[^/?#]+/gi,
  // Any token-like query parameter.
  /([?&](?:token|code|key|secret|password|access_token|refresh_token)=)[^&#]*/gi,
];

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string;
export function redactUrl(url: string | undefined): string | undefined;
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  return SECRET_URL_PATTERNS.reduce((text, pattern) => text.replace(pattern, `$1${REDACTED}`), url);
}

/** Route parameters and query keys whose values never reach a log. */
const SECRET_KEYS = new Set(['token', 'code', 'key', 'secret', 'password', 'access_token', 'refresh_token']);

function redactRecord(record: unknown): unknown {
  if (!record || typeof record !== 'object') return record;
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : value]));
}

/** The request as pino-http serialised it, with secrets taken out of the URL, params, query and Referer. */
export function redactLoggedRequest<T extends { url?: string; params?: unknown; query?: unknown; headers?: Record<string, unknown> }>(request: T): T {
  const headers =
    request.headers && typeof request.headers.referer === 'string' ? { ...request.headers, referer: redactUrl(request.headers.referer) } : request.headers;
  return { ...request, url: redactUrl(request.url), params: redactRecord(request.params), query: redactRecord(request.query), headers };
}
