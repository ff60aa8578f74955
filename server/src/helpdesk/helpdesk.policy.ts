import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a signed request's timestamp may be from our clock: a captured request cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;
export const FIELD_LIMITS = { comment: 1500, ticketUrl: 500, ticketId: 100, customerName: 60, agentEmail: 254 } as const;

export interface SignedRequest {
  rawBody: string;
  /** `X-Heroics-Signature` and `X-Heroics-Timestamp`: our own scheme, for any sender that can compute an HMAC. */
  heroicsSignature?: string;
  heroicsTimestamp?: string;
  /** `X-Heroics-Token`: the secret itself as a header, for helpdesks that cannot sign (Freshdesk, Zendesk triggers). */
  token?: string;
}

export type SignatureVerdict = 'ok' | 'bad' | 'expired';

/** The signature of our scheme: hex HMAC-SHA256 of `<timestamp>.<raw body>` under the source's secret. */
export function heroicsSignature(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether a request proves it knows the source's secret: a fresh signature, or the secret sent as a header over HTTPS. */
export function verifySignedRequest(secret: string, request: SignedRequest, nowMs: number): SignatureVerdict {
  if (request.heroicsSignature !== undefined || request.heroicsTimestamp !== undefined) {
    const timestamp = request.heroicsTimestamp ?? '';
    if (!/^\d{1,12}$/.test(timestamp) || !request.heroicsSignature) return 'bad';
    if (!sameText(heroicsSignature(secret, timestamp, request.rawBody), request.heroicsSignature)) return 'bad';
    return Math.abs(nowMs / 1000 - Number(timestamp)) <= SIGNATURE_TOLERANCE_SECONDS ? 'ok' : 'expired';
  }
  if (request.token !== undefined) return sameText(secret, request.token) ? 'ok' : 'bad';
  return 'bad';
}

/**
 * Whether a satisfaction rating is good: 'good' or a label starting with it (Zendesk), 'satisfied' or an extremely-happy/happy label, or a score
 * of 4 or 5 out of 5 (Freshdesk's survey answers as numbers). Anything else is not a compliment and is ignored.
 */
export function isGoodRating(rating: unknown): boolean {
  if (typeof rating === 'number') return Number.isInteger(rating) && rating >= 4 && rating <= 5;
  if (typeof rating !== 'string') return false;
  const word = rating
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (/^[45]$/.test(word) || /^good\b/.test(word)) return true;
  return ['good', 'satisfied', 'very satisfied', 'happy', 'extremely happy', 'great', 'positive'].includes(word);
}

/** A link a card may show: http or https only, with a host, and not longer than a story keeps. */
export function isTicketUrl(value: string): boolean {
  if (value.length > FIELD_LIMITS.ticketUrl) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}
