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
  refreshing ??= withRefreshLock(requestRefresh).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request('heroics-session-refresh', task);
}

async function requestRefresh(): Promise<SessionDto | null> {
  const wasSignedIn = state.status === 'signed-in';
  let response: Response;
  try {
    response = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
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
