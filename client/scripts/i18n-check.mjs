#!/usr/bin/env node
/*
 * The translation gate (npm run i18n:check): every key the code uses exists in every language, every language
 * has the same keys, and no language file has a key nothing uses.
 *
 * How the code names a key, so this check can read it without running anything:
 *   - `t('key')` or `<Trans i18nKey="key">` in a file whose `useTranslation('ns')` (or `useTranslation(['ns', ...])`) names its namespace;
 *   - any string literal `'ns:key.path'` (for `i18n.t(...)` outside components, and tables of keys);
 *   - a comment `i18n-keys: ns:prefix.` for keys built at run time (the API's problem codes): every key under
 *     that prefix counts as used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../src/', import.meta.url).pathname;
const localesDir = join(root, 'locales');
const languages = readdirSync(localesDir).filter((name) => statSync(join(localesDir, name)).isDirectory());

function flatten(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));
}

/** language -> Set of "ns:key" */
const defined = new Map();
for (const language of languages) {
  const keys = new Set();
  for (const file of readdirSync(join(localesDir, language)).filter((name) => name.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    for (const key of flatten(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')))) keys.add(`${ns}:${key}`);
  }
  defined.set(language, keys);
}
const namespaces = new Set([...defined.get('en')].map((key) => key.split(':')[0]));

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const used = new Map(); // "ns:key" -> first file
const prefixes = [];
const problems = [];
for (const file of sources(root)) {
  const text = readFileSync(file, 'utf8');
  const where = relative(root, file);
  const declared = /useTranslation\(\s*\[?\s*'([\w-]+)'/.exec(text)?.[1];
  for (const match of text.matchAll(/(?<![\w.])t\(\s*(['"`])([^'"`]*)\1/g)) {
    const [, quote, key] = match;
    if (quote === '`' && key.includes('${')) {
      problems.push(`${where}: t(\`${key}\`) builds its key at run time; write the key out, or declare its prefix with "i18n-keys:"`);
      continue;
    }
    const full = key.includes(':') ? key : declared ? `${declared}:${key}` : null;
    if (!full) problems.push(`${where}: t('${key}') without a namespace (useTranslation('ns') or 'ns:${key}')`);
    else if (!used.has(full)) used.set(full, where);
  }
  // <Trans i18nKey="key"> or i18nKey={cond ? 'one' : 'other'}: every literal in it.
  for (const match of text.matchAll(/i18nKey=(?:"([^"]+)"|\{([^}]*)\})/g)) {
    const keys = match[1] ? [match[1]] : [...match[2].matchAll(/'([^']+)'/g)].map((literal) => literal[1]);
    for (const key of keys) {
      const full = key.includes(':') ? key : `${declared}:${key}`;
      if (!used.has(full)) used.set(full, where);
    }
  }
  for (const match of text.matchAll(/['"`]([\w-]+):([\w.-]+)['"`]/g)) {
    if (namespaces.has(match[1]) && !used.has(`${match[1]}:${match[2]}`)) used.set(`${match[1]}:${match[2]}`, where);
  }
  for (const match of text.matchAll(/i18n-keys:\s*([\w-]+:[\w.-]*)/g)) prefixes.push(match[1]);
}

const isUsed = (key) => used.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
for (const [key, file] of used) {
  for (const language of languages) if (!defined.get(language).has(key)) problems.push(`${file}: "${key}" is missing from locales/${language}`);
}
for (const language of languages) {
  for (const key of defined.get(language)) {
    if (!isUsed(key)) problems.push(`locales/${language}: "${key}" is not used by any code`);
    for (const other of languages) if (!defined.get(other).has(key)) problems.push(`locales/${other}: "${key}" is in ${language} but missing here`);
  }
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`i18n check: ${unique.length} problem(s)\n  ${unique.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n check: ${used.size} keys used, ${defined.get('en').size} keys in each of ${languages.join(', ')}: all present, none unused.`);
