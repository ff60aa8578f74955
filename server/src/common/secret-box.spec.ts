import { SecretBox, secretHint } from './secret-box';

describe('SecretBox', () => {
  it('opens what it sealed, and a different key cannot', () => {
    const box = new SecretBox('a key from configuration that is long enough');
    const sealed = box.seal('xoxb-123-secret');
    expect(sealed).not.toContain('xoxb');
    expect(box.open(sealed)).toBe('xoxb-123-secret');
    expect(() => new SecretBox('another key entirely, also long enough').open(sealed)).toThrow();
  });

  it('seals the same secret differently each time (random IV) and refuses a tampered one', () => {
    const box = new SecretBox('k'.repeat(40));
    const a = box.seal('same');
    expect(box.seal('same')).not.toBe(a);
    const parts = a.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
  });

  it('hints at a secret by its last four characters only', () => {
    expect(secretHint('whsec_abcdefgh1234')).toBe('••••1234');
    expect(secretHint('short')).toBe('••••');
  });
});
