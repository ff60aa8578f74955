import { describe, expect, it } from '@jest/globals';
import { pseudoString } from './pseudo-locale';

describe('pseudo-locale', () => {
  it('accents every letter and makes the text about 40% longer, in brackets', () => {
    expect(pseudoString('Sign in')).toBe('[Šîĝñ îñ···]');
  });

  it('keeps ICU arguments, plural keywords and # as they are', () => {
    expect(pseudoString('{count, plural, one {# story} other {# stories}} by {name}')).toBe(
      '[{count, plural, one {# šţöŕý} other {# šţöŕîéš}} ƀý {name}······]',
    );
  });

  it('keeps the tags of rich text', () => {
    expect(pseudoString('a <strong>b</strong>')).toBe('[á <strong>ƀ</strong>·]');
  });
});
