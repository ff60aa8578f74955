import { canonicalEmail } from './transforms';

/**
 * Letters of other alphabets that look like a Latin letter in the fonts browsers and mail clients use, after
 * NFKC and lower case (so upper-case forms are covered by their lower-case ones). A focused subset of Unicode's
 * confusables (UTS #39, confusables.txt) for the scripts people actually meet in email addresses: Cyrillic,
 * Greek, Armenian, and Latin letters outside ASCII. Full-width and mathematical letters need no entry: NFKC
 * already turns them into ASCII. Accents are dropped separately (see emailSkeleton). The full confusables list
 * (about 6,000 entries) also maps ASCII to ASCII ("rn" ~ "m", "1" ~ "l"), which would refuse real, distinct
 * addresses; this table maps only non-ASCII letters, so two plain-ASCII addresses never collide.
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  ь: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ҽ: 'e',
  һ: 'h',
  н: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  п: 'n',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  г: 'r',
  ѕ: 's',
  т: 't',
  у: 'y',
  ү: 'y',
  ԝ: 'w',
  х: 'x',
  ҳ: 'x',
  ɜ: 'e',
  ѵ: 'v',
  // Greek
  α: 'a',
  β: 'b',
  ϲ: 'c',
  ε: 'e',
  η: 'n',
  ι: 'i',
  ϳ: 'j',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  μ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
  // Armenian
  ա: 'w',
  հ: 'h',
  լ: 'l',
  ո: 'n',
  ռ: 'n',
  օ: 'o',
  ք: 'p',
  զ: 'q',
  ս: 'u',
  ց: 'g',
  վ: 'u',
  // Latin letters outside ASCII
  ı: 'i',
  ȷ: 'j',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ʋ: 'u',
  ɴ: 'n',
  ʀ: 'r',
  ꜱ: 's',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ł: 'l',
};

/** Combining marks (accents) and characters that take no space at all. */
const INVISIBLE_OR_MARK = /[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * What an address looks like, as text: canonical form, accents dropped, lookalike letters replaced by the Latin
 * letter they imitate. Two different addresses with the same skeleton would be read as the same address by a
 * person; the roster refuses the second one. An address in plain ASCII is its own skeleton.
 */
export function emailSkeleton(email: string): string {
  const canonical = canonicalEmail(email);
  if (isAscii(canonical)) return canonical;
  return [...canonical.normalize('NFD').replace(INVISIBLE_OR_MARK, '')].map((c) => LOOKALIKES[c] ?? c).join('');
}

export function isAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is the point
  return /^[\x00-\x7F]*$/.test(text);
}
