import { emailSkeleton } from './email-skeleton';
import { canonicalEmail } from './transforms';

describe('canonicalEmail', () => {
  it('turns full-width letters, decomposed accents and upper case into one spelling', () => {
    expect(canonicalEmail('ＡＬＩＣＥ@Example.TEST')).toBe('alice@example.test');
    expect(canonicalEmail('jose\u0301@x.test')).toBe(canonicalEmail('jos\u00e9@x.test'));
    expect(canonicalEmail(' \u202Ebob@x.test ')).toBe('bob@x.test');
  });
});

describe('emailSkeleton', () => {
  it('sees Cyrillic, Armenian and Greek lookalikes, and accents, as the Latin address they imitate', () => {
    expect(emailSkeleton('ѕofia@northwind.test')).toBe('sofia@northwind.test'); // Cyrillic dze
    expect(emailSkeleton('jսlia@northwind.test')).toBe('julia@northwind.test'); // Armenian seh
    expect(emailSkeleton('αnna@northwind.test')).toBe('anna@northwind.test'); // Greek alpha
    expect(emailSkeleton('ÀLICE@northwind.test')).toBe('alice@northwind.test');
    expect(emailSkeleton('ma\u200Brk@northwind.test')).toBe('mark@northwind.test');
    expect(emailSkeleton('РАUL@northwind.test')).toBe('paul@northwind.test'); // Cyrillic Er and A, upper case
  });

  it('leaves plain-ASCII addresses as they are, so distinct ones never collide', () => {
    expect(emailSkeleton('bill1@x.test')).toBe('bill1@x.test');
    expect(emailSkeleton('billl@x.test')).not.toBe(emailSkeleton('bill1@x.test'));
    expect(emailSkeleton('rn@x.test')).not.toBe(emailSkeleton('m@x.test'));
  });
});
