import { describe, expect, it } from '@jest/globals';
import { insertMention, mentionQueryAt, namesToTokens, tokensToMarkdown, tokensToNames } from './mentions';

const ann = { id: '6f1c2d7e-0a4b-4c3d-9e8f-1a2b3c4d5e6f', name: 'Ann Lee' };
const annie = { id: '7f1c2d7e-0a4b-4c3d-9e8f-1a2b3c4d5e6f', name: 'Ann' };

describe('mentions', () => {
  it('sends a picked person by id, the longer name first, and shows the name back in the edit box', () => {
    const text = 'Thanks @Ann Lee and @Ann!';
    const body = namesToTokens(text, [annie, ann]);
    expect(body).toBe(`Thanks @{${ann.id}} and @{${annie.id}}!`);
    expect(tokensToNames(body, [ann, annie])).toBe(text);
  });

  it('reads a mention as the name in bold, with Markdown in the name shown as text, and an unknown id as @someone', () => {
    expect(tokensToMarkdown(`Hi @{${ann.id}}`, [{ id: ann.id, name: 'Ann *Star* Lee' }])).toBe('Hi **@Ann \\*Star\\* Lee**');
    expect(tokensToMarkdown(`Hi @{${annie.id}}`, [])).toBe('Hi **@someone**');
  });

  it('knows when the caret is in a mention being typed, and puts the chosen name in its place', () => {
    expect(mentionQueryAt('Thanks @So', 10)).toBe('So');
    expect(mentionQueryAt('Thanks @', 8)).toBe('');
    expect(mentionQueryAt('mail me at a@b', 14)).toBeNull();
    expect(mentionQueryAt('Thanks', 6)).toBeNull();
    expect(insertMention('Thanks @So and more', 10, 'Sofia Lindqvist')).toEqual({ text: 'Thanks @Sofia Lindqvist  and more', caret: 24 });
  });
});
