import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';
import { accessToken, getSession, refreshSession } from './auth-session';

function withToken(request: Request, token: string | undefined): Request {
  const next = new Request(request);
  if (token) next.headers.set('Authorization', `Bearer ${token}`);
  return next;
}

interface Prefetched {
  token: string;
  at: number;
  responses: Record<string, Promise<Response> | undefined>;
}

/**
 * The answer `public/boot.js` already asked for while the app was loading (the first screen of Home), if this is
 * that request with the same session: taken once, and only in the first seconds, so nothing stale is ever shown.
 */
function prefetched(request: Request, token: string | undefined): Promise<Response> | undefined {
  const early = (globalThis as { __heroicsPrefetched?: Prefetched }).__heroicsPrefetched;
  if (!early || request.method !== 'GET' || !token || early.token !== token || Date.now() - early.at > 10_000) return undefined;
  const url = new URL(request.url);
  const response = early.responses[url.pathname + url.search];
  delete early.responses[url.pathname + url.search];
  return response;
}

/**
 * Sends the in-memory access token; on a 401 it refreshes the session once (shared by every
 * request that failed at the same time) and retries once. Auth routes are sent as they are.
 */
async function fetchWithSession(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (path.startsWith('/api/auth/')) return fetch(request);
  const retryCopy = request.clone();
  const sentToken = accessToken();
  const response = await (prefetched(request, sentToken) ?? fetch(withToken(request, sentToken)));
  if (response.status !== 401 || getSession().status !== 'signed-in') return response;
  // Another request may already have refreshed while this one was in flight.
  const current = accessToken();
  if (current && current !== sentToken) return fetch(withToken(retryCopy, current));
  const session = await refreshSession();
  if (!session) return response;
  return fetch(withToken(retryCopy, session.accessToken));
}

/** The one typed API client; types come from the server's OpenAPI document. */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  fetch: fetchWithSession,
  credentials: 'same-origin',
});
