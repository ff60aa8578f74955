import { useSyncExternalStore } from 'react';
import type { components } from '../api/schema';

export type SessionDto = components['schemas']['SessionDto'];
export type SessionEmployee = SessionDto['employee'];
export type Role = SessionEmployee['role'];

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; accessToken: string; employee: SessionEmployee };

/*
 * The access token lives in this module's memory only (never in storage): a page load restores
 * the session from the http-only refresh cookie instead.
 */
let state: SessionState = { status: 'restoring' };
const listeners = new Set<() => void>();

function emit(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export function getSession(): SessionState {
  return state;
}

export function accessToken(): string | undefined {
  return state.status === 'signed-in' ? state.accessToken : undefined;
}

export function startSession(session: SessionDto): void {
  emit({ status: 'signed-in', accessToken: session.accessToken, employee: session.employee });
}

export function endSession(reason: 'expired' | 'signed-out'): void {
  emit({ status: 'signed-out', reason });
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

let refreshing: Promise<SessionDto | null> | null = null;

/**
 * Exchanges the refresh cookie for a new session. Single-flight: concurrent callers share one
 * request, because the server treats a reused refresh token as theft and revokes the sign-in.
 * Across tabs of one browser a Web Lock serialises the exchange for the same reason.
 */
export function refreshSession(): Promise<SessionDto | null> {
  // The first refresh takes boot.js's exchange, which holds the lock already; its answer is read without it.
  const early = takeEarlyRefresh();
  refreshing ??= (early ? requestRefresh(early) : withRefreshLock(() => requestRefresh())).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request('heroics-session-refresh', task);
}

/**
 * The exchange `public/boot.js` started while the app was loading, for the first refresh only: from then on
 * boot.js, if it runs late, starts none (it finds `__heroicsRefreshStarted`), and a later refresh asks anew.
 */
function takeEarlyRefresh(): Promise<Response> | undefined {
  const holder = globalThis as { __heroicsEarlyRefresh?: Promise<Response>; __heroicsRefreshStarted?: boolean };
  if (holder.__heroicsRefreshStarted) return undefined;
  holder.__heroicsRefreshStarted = true;
  return holder.__heroicsEarlyRefresh;
}

/** The server's "there is a sign-in to restore" cookie (no secret in it; the refresh token itself is http-only). */
function hasSignInToRestore(): boolean {
  return typeof document === 'undefined' || /(?:^|;\s*)heroics_signed_in=1(?:;|$)/.test(document.cookie);
}

async function requestRefresh(early?: Promise<Response>): Promise<SessionDto | null> {
  const wasSignedIn = state.status === 'signed-in';
  // Opened signed out: the sign-in page at once, without a refresh the server would refuse (a 401 in the console).
  if (!early && state.status === 'restoring' && !hasSignInToRestore()) {
    emit({ status: 'signed-out' });
    return null;
  }
  let response: Response;
  try {
    response = await (early ?? fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } }));
  } catch {
    // Offline: keep what we have; the next call will try again.
    if (state.status === 'restoring') emit({ status: 'signed-out' });
    return null;
  }
  if (!response.ok) {
    emit({ status: 'signed-out', reason: wasSignedIn ? 'expired' : undefined });
    return null;
  }
  const session = (await response.json()) as SessionDto;
  startSession(session);
  return session;
}

let restoring: Promise<SessionDto | null> | null = null;

/** Called once at start-up (idempotent, so React's development double effects are harmless). */
export function restoreSession(): Promise<SessionDto | null> {
  restoring ??= refreshSession();
  return restoring;
}
