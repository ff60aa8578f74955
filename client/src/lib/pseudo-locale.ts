/**
 * The pseudo-locale ("?lng=pseudo"): every English string accented and about 40% longer, in brackets, so a
 * journey sees at once a string that skipped the translation layer (plain ASCII) or text that gets clipped.
 * ICU syntax is kept: only literal text (even brace depth) is changed; arguments, plural keywords, `#` and the
 * <tags> of rich text are not.
 */
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÁƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

export function pseudoString(message: string): string {
  let depth = 0;
  let literal = 0;
  let inTag = false;
  let out = '';
  for (const char of message) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === '<') inTag = true;
    const isText = !inTag && depth % 2 === 0 && char !== '{' && char !== '}' && char !== '#';
    if (char === '>') inTag = false;
    if (isText && ACCENTS[char]) literal++;
    out += isText ? (ACCENTS[char] ?? char) : char;
  }
  return literal ? `[${out}${'·'.repeat(Math.ceil(literal * 0.4))}]` : out;
}

type Tree = { [key: string]: string | Tree };

export function pseudoResources(tree: Tree): Tree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudoString(value) : pseudoResources(value)]));
}
