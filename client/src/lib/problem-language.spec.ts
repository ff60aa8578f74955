import { afterAll, describe, expect, it } from '@jest/globals';
import { formProblem } from './form-problems';
import { i18n } from './i18n';
import { ApiProblem, problemMessage } from './problem';

const problem = (status: number, code: string, detail: string, errors?: { field: string; message: string }[]) =>
  new ApiProblem({ type: 'about:blank', title: 'Unprocessable Content', status, code, detail, errors });

describe('API problems in the reader’s language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('shows the server’s sentence in English, and the translation of its stable code in German and Spanish', async () => {
    const ownStory = problem(422, 'own_story', 'You cannot endorse a story you told or are a hero of.');
    await i18n.changeLanguage('en');
    expect(problemMessage(ownStory)).toBe('You cannot endorse a story you told or are a hero of.');
    await i18n.changeLanguage('de');
    expect(problemMessage(ownStory)).toBe('Sie können keine Geschichte unterstützen, die Sie erzählt haben oder in der Sie die Heldin oder der Held sind.');
    await i18n.changeLanguage('es');
    expect(problemMessage(ownStory)).toBe('No puedes apoyar una historia que contaste o de la que eres héroe.');
  });

  it('never shows an English answer to a German reader: an untranslated code gets a sentence for its status', async () => {
    await i18n.changeLanguage('de');
    expect(problemMessage(problem(409, 'some_new_rule', 'A rule nobody translated yet.'))).toBe(
      'Jemand hat das inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.',
    );
  });

  it('names the field at fault in the reader’s words, next to the field', async () => {
    await i18n.changeLanguage('de');
    const tooLong = problem(400, 'validation_failed', 'The request has 1 invalid field.', [
      { field: 'title', message: 'title must be shorter than or equal to 120 characters' },
    ]);
    expect(formProblem(tooLong, { title: { name: 'stories:field.title' } })).toEqual({
      fields: { title: '„Titel“ darf höchstens 120 Zeichen lang sein: Bitte kürzen Sie den Text.' },
      general: null,
    });
    await i18n.changeLanguage('en');
    expect(formProblem(tooLong, { title: { name: 'stories:field.title' } }).fields.title).toBe('The title can be at most 120 characters long: shorten it.');
  });
});
