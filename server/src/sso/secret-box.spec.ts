import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret } from './secret-box';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = sealSecret(key, 'client-secret-123');
    expect(sealed).not.toContain('client-secret-123');
    expect(openSecret(key, sealed)).toBe('client-secret-123');
  });

  it('seals the same secret differently each time (fresh IV)', () => {
    expect(sealSecret(key, 's')).not.toBe(sealSecret(key, 's'));
  });

  it('refuses another key and altered ciphertext', () => {
    const sealed = sealSecret(key, 'client-secret-123');
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => openSecret(key, parts.join('.'))).toThrow();
  });
});
