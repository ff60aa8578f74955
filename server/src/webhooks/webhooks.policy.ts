import { createHmac, timingSafeEqual } from 'node:crypto';

/** Deliveries in a row that end failed before the subscription is paused and the admins are told. */
export const PAUSE_AFTER_FAILED_DELIVERIES = 3;

/**
 * `Heroics-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the subscription's secret>`.
 * Receivers recompute it over the raw body and refuse a timestamp older than a few minutes (see the README).
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's side, written from the documentation: used by tests and by the README's example. */
export function verifySignatureHeader(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Seconds before attempt `attempt + 1`: base, 2×, 4×, … capped at an hour. */
export function retryDelaySeconds(attempt: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(attempt - 1, 0), 3600);
}

export type AttemptOutcome = { kind: 'delivered' } | { kind: 'retry'; delaySeconds: number } | { kind: 'failed' };

/** What follows an attempt: 2xx delivers; anything else is retried with backoff until the attempts run out. */
export function afterAttempt(status: number | null, attempt: number, rules: { maxAttempts: number; retryBaseSeconds: number }): AttemptOutcome {
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (attempt >= rules.maxAttempts) return { kind: 'failed' };
  return { kind: 'retry', delaySeconds: retryDelaySeconds(attempt, rules.retryBaseSeconds) };
}

export function shouldPause(consecutiveFailures: number): boolean {
  return consecutiveFailures >= PAUSE_AFTER_FAILED_DELIVERIES;
}
