import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('uses argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane) and a random salt', async () => {
    const first = await hashPassword('a long enough passphrase');
    const second = await hashPassword('a long enough passphrase');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'a long enough passphrase')).toBe(true);
    expect(await verifyPassword(first, 'A long enough passphrase')).toBe(false);
  });

  it('treats a malformed hash as a failed verification rather than an error', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });
});
