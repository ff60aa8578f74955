import { createHmac, timingSafeEqual } from 'node:crypto';
import { EMAIL_KINDS, EmailKind, EmailMode } from './email-preference.entity';

/** What a person gets until they choose: recognition as it happens, the digest and anniversaries. */
export const DEFAULT_EMAIL_MODES: Record<EmailKind, EmailMode> = {
  named_hero: 'immediately',
  story_endorsed: 'immediately',
  rewarded: 'immediately',
  story_hidden: 'immediately',
  weekly_digest: 'immediately',
  anniversary: 'immediately',
  redemptions: 'immediately',
  mentions: 'immediately',
};

export function effectiveModes(chosen: { kind: EmailKind; mode: EmailMode }[]): Record<EmailKind, EmailMode> {
  const modes = { ...DEFAULT_EMAIL_MODES };
  for (const choice of chosen) modes[choice.kind] = choice.mode;
  return modes;
}

/**
 * An unsubscribe link works without signing in, so it carries its own proof: an HMAC over the person and the one kind
 * of email it stops. It changes nothing else, and cannot be forged for another person or kind.
 */
export function unsubscribeToken(secret: string, employeeId: string, kind: EmailKind): string {
  return `${employeeId}.${kind}.${signature(secret, employeeId, kind)}`;
}

export function readUnsubscribeToken(secret: string, token: string): { employeeId: string; kind: EmailKind } | null {
  const [employeeId, kind, sig, ...rest] = token.split('.');
  if (rest.length || !employeeId || !sig || !(EMAIL_KINDS as readonly string[]).includes(kind)) return null;
  if (!/^[0-9a-f-]{36}$/.test(employeeId)) return null;
  const expected = Buffer.from(signature(secret, employeeId, kind as EmailKind));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { employeeId, kind: kind as EmailKind } : null;
}

function signature(secret: string, employeeId: string, kind: EmailKind): string {
  return createHmac('sha256', `unsubscribe:${secret}`).update(`${employeeId}.${kind}`).digest('base64url');
}
