import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { RESOURCES, type Namespace } from '../locales';
import { pseudoResources } from './pseudo-locale';

/** The languages a person can choose; English is the source and the fallback. */
export const LANGUAGES = ['en', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * For checks: `?lng=pseudo` is the accented, longer pseudo-locale (tag en-XA) and `?lng=pseudo-rtl` the same right
 * to left (tag ar-XB), the tags Chromium and Android use for their pseudo-locales. Never offered to choose.
 */
const PSEUDO: Record<string, string> = { pseudo: 'en-XA', 'pseudo-rtl': 'ar-XB', 'en-XA': 'en-XA', 'ar-XB': 'ar-XB' };
const STORED = 'heroics.language';

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

function fromAddress(): string | null {
  if (typeof window === 'undefined') return null;
  const asked = new URLSearchParams(window.location.search).get('lng');
  if (asked && (isLanguage(asked) || PSEUDO[asked])) sessionStorage.setItem(STORED, PSEUDO[asked] ?? asked);
  return sessionStorage.getItem(STORED);
}

/** The first of the browser's languages the app speaks ("es-MX" -> "es"). */
export function browserLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

/**
 * The language to show: the pseudo-locale when asked for in the address, else the person's own choice (remembered
 * from their profile), else the browser's, else the company default, else English.
 */
export function resolveLanguage(personal: string | null | undefined, companyDefault?: string | null): string {
  const forced = fromAddress();
  if (forced) return forced;
  if (isLanguage(personal)) return personal;
  const remembered = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORED);
  if (personal === undefined && isLanguage(remembered)) return remembered;
  return browserLanguage() ?? (isLanguage(companyDefault) ? companyDefault : 'en');
}

/**
 * The locale Intl formats in: the accented pseudo-locale formats as Russian, so a date or number that skips the
 * active language shows up as English; the right-to-left one as Arabic.
 */
export function intlLocale(language = i18next.language): string {
  if (language === 'en-XA') return 'ru';
  if (language === 'ar-XB') return 'ar';
  return regionalVariant(language || 'en');
}

/**
 * The browser's own variant of the language, for dates and numbers: "3 Dec 2026" for someone in en-GB and "Dec 3,
 * 2026" in en-US, both reading the English text; the language itself when the browser prefers none of its variants.
 */
function regionalVariant(language: string): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const base = language.split('-')[0].toLowerCase();
  return preferred.find((tag) => tag.split('-')[0].toLowerCase() === base) ?? language;
}

function reflectOnDocument(language: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

const pseudo = Object.fromEntries(Object.entries(RESOURCES.en).map(([ns, tree]) => [ns, pseudoResources(tree)]));

void i18next
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources: { ...RESOURCES, 'en-XA': pseudo, 'ar-XB': pseudo },
    lng: resolveLanguage(undefined),
    fallbackLng: 'en',
    ns: Object.keys(RESOURCES.en) as Namespace[],
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
reflectOnDocument(i18next.language);
i18next.on('languageChanged', reflectOnDocument);

/** Follows the person's saved language (null: the browser's), and remembers it for the next visit's first screen. */
export function applyPersonalLanguage(personal: string | null | undefined, companyDefault?: string | null): void {
  if (typeof localStorage !== 'undefined') {
    if (isLanguage(personal)) localStorage.setItem(STORED, personal);
    else if (personal === null) localStorage.removeItem(STORED);
  }
  const next = resolveLanguage(personal, companyDefault);
  if (next !== i18next.language) void i18next.changeLanguage(next);
}

export const i18n = i18next;
