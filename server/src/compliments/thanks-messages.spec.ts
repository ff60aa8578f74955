import { THANKS_MESSAGES, thanksLanguage, thanksText } from './thanks-messages';

describe('the thank-you pages’ language', () => {
  it('takes the language chosen on the page first, then the browser’s by weight, then the company’s default', () => {
    expect(thanksLanguage('de', 'es-ES,es;q=0.9', 'en')).toBe('de');
    expect(thanksLanguage(undefined, 'fr-CA, fr;q=0.9, es;q=0.8, en;q=0.7', 'en')).toBe('es');
    expect(thanksLanguage(undefined, 'en;q=0.3, de-AT;q=0.8', 'es')).toBe('de');
    expect(thanksLanguage(undefined, 'fr, it', 'de')).toBe('de');
    expect(thanksLanguage(undefined, undefined, 'es')).toBe('es');
  });

  it('ignores a language it does not speak, a refused one (q=0) and anything that is not a language', () => {
    expect(thanksLanguage('fr', 'es', 'en')).toBe('es');
    expect(thanksLanguage(['de'], 'es;q=0, de;q=0.1', 'en')).toBe('de');
    expect(thanksLanguage({}, ';;;,q=abc', 'en')).toBe('en');
  });

  it('says a team link the way each language joins “to the team at”', () => {
    expect(thanksText('en', 'form.title', { name: 'Returns', team: 'yes' })).toBe('Say thank you to the team at Returns');
    expect(thanksText('es', 'form.title', { name: 'Devoluciones', team: 'yes' })).toBe('Da las gracias al equipo de Devoluciones');
    expect(thanksText('de', 'form.title', { name: 'Retouren', team: 'yes' })).toBe('Bedanken Sie sich beim Team von Retouren');
    expect(thanksText('de', 'form.title', { name: 'Noor H., Retouren', team: 'no' })).toBe('Bedanken Sie sich bei Noor H., Retouren');
  });

  it('has every message in every language, with the same placeholders', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const language of ['es', 'de'] as const) {
      expect(Object.keys(THANKS_MESSAGES[language]).sort()).toEqual(Object.keys(THANKS_MESSAGES.en).sort());
      for (const [key, message] of Object.entries(THANKS_MESSAGES.en))
        expect([key, placeholders(THANKS_MESSAGES[language][key])]).toEqual([key, placeholders(message)]);
    }
  });
});
