import { IntlMessageFormat } from 'intl-messageformat';

/** The languages email is written in; a recipient without a choice (null) reads English. */
export type MailLanguage = 'en' | 'es' | 'de';

export function mailLanguage(language: string | null | undefined): MailLanguage {
  return language === 'es' || language === 'de' ? language : 'en';
}

/** The weekly manager digest's words (ICU messages), written for a support team's managers in each language. */
const MESSAGES: Record<MailLanguage, Record<string, string>> = {
  en: {
    subject: 'Your weekly Heroics digest: {count, plural, one {# new story} other {# new stories}}',
    preview: '{departments}: new stories, peer-nominated heroics, people waiting for recognition, and your budget.',
    heading: 'Your week in {departments}',
    hello: 'Good morning, {name}. Here is what your teams did and who is waiting to be seen.',
    newStories: 'New stories this week',
    newStoriesNone: 'No new stories this week.',
    peerNominated: 'Nominated by peers, not yet rewarded',
    peerNominatedNone: 'No peer-nominated stories are waiting.',
    unrecognised: 'Not recognised in the last 30 days',
    unrecognisedNone: 'Everyone was recognised in the last 30 days.',
    newHires: 'New hires waiting for a first recognition',
    newHiresNone: 'No new hire is waiting.',
    joined: 'Joined {date}',
    endorsements: '{count, plural, one {# endorsement} other {# endorsements}}',
    budget: 'Budget left in {quarter}',
    budgetNone: 'You have no budget for this quarter.',
    budgetLeft: '{points} points.',
    button: 'Open the review queue',
  },
  es: {
    subject: 'Tu resumen semanal de Heroics: {count, plural, one {# historia nueva} other {# historias nuevas}}',
    preview: '{departments}: historias nuevas, heroicidades nominadas por compañeros, personas que esperan reconocimiento y tu presupuesto.',
    heading: 'Tu semana en {departments}',
    hello: 'Buenos días, {name}. Esto es lo que han hecho tus equipos y quién espera que lo vean.',
    newStories: 'Historias nuevas de esta semana',
    newStoriesNone: 'No hay historias nuevas esta semana.',
    peerNominated: 'Nominadas por compañeros, aún sin recompensa',
    peerNominatedNone: 'No hay historias nominadas por compañeros pendientes.',
    unrecognised: 'Sin reconocimiento en los últimos 30 días',
    unrecognisedNone: 'Todo el mundo ha recibido reconocimiento en los últimos 30 días.',
    newHires: 'Nuevas incorporaciones que esperan su primer reconocimiento',
    newHiresNone: 'Ninguna nueva incorporación está esperando.',
    joined: 'Se incorporó el {date}',
    endorsements: '{count, plural, one {# apoyo} other {# apoyos}}',
    budget: 'Presupuesto restante en {quarter}',
    budgetNone: 'No tienes presupuesto para este trimestre.',
    budgetLeft: '{points} puntos.',
    button: 'Abrir la cola de revisión',
  },
  de: {
    subject: 'Ihr wöchentlicher Heroics-Überblick: {count, plural, one {# neue Geschichte} other {# neue Geschichten}}',
    preview: '{departments}: neue Geschichten, von Kolleg:innen vorgeschlagene Heldentaten, wer auf Anerkennung wartet, und Ihr Budget.',
    heading: 'Ihre Woche in {departments}',
    hello: 'Guten Morgen, {name}. Das haben Ihre Teams geleistet, und diese Menschen warten darauf, gesehen zu werden.',
    newStories: 'Neue Geschichten dieser Woche',
    newStoriesNone: 'Diese Woche gibt es keine neuen Geschichten.',
    peerNominated: 'Von Kolleg:innen vorgeschlagen, noch nicht prämiert',
    peerNominatedNone: 'Es warten keine von Kolleg:innen vorgeschlagenen Geschichten.',
    unrecognised: 'In den letzten 30 Tagen nicht gewürdigt',
    unrecognisedNone: 'Alle wurden in den letzten 30 Tagen gewürdigt.',
    newHires: 'Neue Teammitglieder, die auf ihre erste Würdigung warten',
    newHiresNone: 'Kein neues Teammitglied wartet.',
    joined: 'Dabei seit {date}',
    endorsements: '{count, plural, one {# Unterstützung} other {# Unterstützungen}}',
    budget: 'Restbudget im {quarter}',
    budgetNone: 'Sie haben für dieses Quartal kein Budget.',
    budgetLeft: '{points} Punkte.',
    button: 'Prüfliste öffnen',
  },
};

const cache = new Map<string, IntlMessageFormat>();

/** One message of the digest in `language`, with its values (numbers and plurals as that language writes them). */
export function digestText(language: MailLanguage, key: string, values: Record<string, string | number> = {}): string {
  const id = `${language}:${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[language][key] ?? MESSAGES.en[key]!, language);
    cache.set(id, format);
  }
  return String(format.format(values));
}

/** "Ana, Ben and Cleo" / "Ana, Ben y Cleo" / "Ana, Ben und Cleo". */
export function listIn(language: MailLanguage, items: string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
