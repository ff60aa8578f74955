import { passwordWeakness } from './password-strength';

describe('password strength', () => {
  it('refuses twelve identical characters, a common password with digits and a short one, saying why', () => {
    expect(passwordWeakness('aaaaaaaaaaaa')).toMatch(/Repeated characters/);
    expect(passwordWeakness('password1234')).toMatch(/commonly used password/);
    expect(passwordWeakness('Tr0ub&3')).toBe('Use at least 12 characters.');
  });

  it('refuses a password built from the person’s own name and email', () => {
    expect(passwordWeakness('sofialindqvist', ['Sofia Lindqvist', 'sofia.lindqvist@northwind.example'])).not.toBeNull();
  });

  it('accepts a long passphrase of uncommon words', () => {
    expect(passwordWeakness('correct horse battery staple')).toBeNull();
    expect(passwordWeakness('lantern-quarry-mosaic-47', ['Sofia Lindqvist'])).toBeNull();
  });
});
