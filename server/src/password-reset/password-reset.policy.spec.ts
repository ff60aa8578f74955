import { normalisedEmail, resetLinkUsable, RESET_LIMITS, RESET_TOKEN } from './password-reset.policy';

describe('password reset policy', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  const later = new Date('2026-05-01T10:30:00Z');

  it('accepts a link once, before it expires, for someone still employed', () => {
    expect(resetLinkUsable({ usedAt: null, expiresAt: later, leftOn: null }, now)).toBe(true);
    expect(resetLinkUsable({ usedAt: now, expiresAt: later, leftOn: null }, now)).toBe(false);
    expect(resetLinkUsable({ usedAt: null, expiresAt: now, leftOn: null }, now)).toBe(false);
    expect(resetLinkUsable({ usedAt: null, expiresAt: later, leftOn: '2026-04-30' }, now)).toBe(false);
    expect(resetLinkUsable(null, now)).toBe(false);
  });

  it('limits requests per address more tightly than per client', () => {
    expect(RESET_LIMITS.perAddress.points).toBeLessThan(RESET_LIMITS.perClient.points);
  });

  it('knows a token when it sees one and compares addresses case-insensitively', () => {
    expect(RESET_TOKEN.test('a'.repeat(43))).toBe(true);
    expect(RESET_TOKEN.test('a'.repeat(42))).toBe(false);
    expect(normalisedEmail('  Ava.Chen@Example.COM ')).toBe('ava.chen@example.com');
  });
});
