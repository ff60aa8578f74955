import { intlLocale } from './i18n';

/*
 * Dates, numbers and lists in the active language, through Intl. Formatters are costly to build
 * (about 100 µs each), so one per locale and options is kept.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = intlLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    cache.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options));
}

/** "1,234" / "1.234" / "1 234" as the language writes it. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(value);
}

/** "Ana, Ben and Cleo" / "Ana, Ben y Cleo" / "Ana, Ben und Cleo". */
export function formatList(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached('list', { type }, (locale) => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}

/**
 * The parts of a list of `count` items in the active language: `{ type: 'element', index }` where the item goes,
 * `{ type: 'literal', value }` for the words between (", ", " and ", " y ", " und ").
 */
export function listParts(count: number): ({ type: 'element'; index: number } | { type: 'literal'; value: string })[] {
  const placeholders = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
  const format = cached('list', { type: 'conjunction' }, (locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  return format
    .formatToParts(placeholders)
    .map((part) => (part.type === 'element' ? { type: 'element', index: Number(part.value.slice(1, -1)) } : { type: 'literal', value: part.value }));
}
