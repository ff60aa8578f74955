import { duplicateKey, fillTimeVerdict, MIN_FILL_SECONDS, plainText, publicName } from './compliments.policy';

describe('compliments policy', () => {
  it('keeps words and drops HTML and links', () => {
    expect(plainText('She <b>fixed</b> it! <script>alert(1)</script> see https://evil.example/x and www.spam.test')).toBe('She fixed it! alert(1) see and');
    expect(plainText('  two\n\n  lines  ')).toBe('two\nlines');
  });

  it('reveals only the first name and last initial', () => {
    expect(publicName('Ava Maria Chen')).toBe('Ava C.');
    expect(publicName('Cher')).toBe('Cher');
  });

  it('treats the same words with other spacing or case as the same text', () => {
    expect(duplicateKey('Great  help!', 'Solved.')).toBe(duplicateKey('great help', 'solved'));
  });

  it('refuses forms sent back too fast, too late or without a start', () => {
    const now = 1_000_000_000;
    expect(fillTimeVerdict(now - (MIN_FILL_SECONDS - 1) * 1000, now)).toBe('too_fast');
    expect(fillTimeVerdict(now - (MIN_FILL_SECONDS + 1) * 1000, now)).toBe('ok');
    expect(fillTimeVerdict(now - 3 * 86_400_000, now)).toBe('stale');
    expect(fillTimeVerdict(null, now)).toBe('invalid');
  });
});
