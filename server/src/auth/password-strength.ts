import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn's score runs 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;
export const MIN_PASSWORD_LENGTH = 12;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: loading the dictionaries takes about a second and some memory, which most requests never need. */
function zxcvbn(): ZxcvbnFactory {
  if (!estimator) {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, not at start */
    const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    const en = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
    /* eslint-enable @typescript-eslint/no-require-imports */
    estimator = new Factory({ translations: en.translations, graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary } });
  }
  return estimator;
}

/**
 * Why a new password is too easy to guess, in words a person can act on; null when it is fine. `personal` are
 * things an attacker knows about the person (name, email), which make a password weaker when it contains them.
 */
export function passwordWeakness(password: string, personal: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  const inputs = personal.flatMap((p) => [p, ...p.split(/[\s@.+_-]+/)]).filter((p) => p.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? 'This password is easy to guess.';
  const how = result.feedback.suggestions[0] ?? 'Add a few uncommon words.';
  return `${why} ${how}`.trim();
}
