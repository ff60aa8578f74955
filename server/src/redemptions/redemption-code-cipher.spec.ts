import { RedemptionCodeCipher } from './redemption-code-cipher';

describe('redemption code cipher', () => {
  const cipher = new RedemptionCodeCipher('a-secret-that-is-at-least-thirty-two-characters');

  it('round-trips a code and never stores it in the clear', () => {
    const stored = cipher.encrypt('GIFT-1234-ABCD');
    expect(stored).not.toContain('GIFT');
    expect(cipher.decrypt(stored)).toBe('GIFT-1234-ABCD');
    expect(cipher.encrypt('GIFT-1234-ABCD')).not.toBe(stored);
  });

  it('refuses a tampered value or another key', () => {
    const stored = cipher.encrypt('GIFT-1234-ABCD');
    const [iv, tag, data] = stored.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => new RedemptionCodeCipher('another-secret-that-is-at-least-thirty-two-chars').decrypt(stored)).toThrow();
  });
});
