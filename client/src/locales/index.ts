/*
 * Every language's strings, one JSON file per namespace: `locales/<language>/<namespace>.json`. A namespace is
 * named after the feature folder that uses it (`app` for the shell, `problems` for API problems). To add a
 * namespace, add its three files here; to add a language, add a folder, a block below and its code in lib/i18n.ts.
 */
import appDe from './de/app.json';
import appEn from './en/app.json';
import appEs from './es/app.json';

export const RESOURCES = {
  en: { app: appEn },
  es: { app: appEs },
  de: { app: appDe },
};

export type Namespace = keyof (typeof RESOURCES)['en'];
