import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Teams signs an outgoing-webhook request with `Authorization: HMAC <base64 HMAC-SHA256 of the raw body>`, keyed
 * with the base64-decoded security token it showed when the webhook was created (Microsoft's documented scheme).
 */
export function teamsSignature(securityToken: string, rawBody: string): string {
  return createHmac('sha256', Buffer.from(securityToken, 'base64')).update(Buffer.from(rawBody, 'utf8')).digest('base64');
}

export function verifyTeamsRequest(securityToken: string, authorization: string | undefined, rawBody: string): boolean {
  const match = /^HMAC\s+(\S+)$/.exec(authorization ?? '');
  if (!match) return false;
  const expected = Buffer.from(teamsSignature(securityToken, rawBody));
  const given = Buffer.from(match[1]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A Teams security token is base64 of at least 32 bytes. */
export function isTeamsSecurityToken(token: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(token) && Buffer.from(token, 'base64').length >= 32;
}
