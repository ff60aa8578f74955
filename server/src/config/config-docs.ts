import { declaredVariables, EnvironmentVariables } from './app-config';
import { variableDocs } from './doc.decorator';

export const CONFIG_DOCS_START = '<!-- config:start (generated from server/src/config/app-config.ts by `npm run config:docs`) -->';
export const CONFIG_DOCS_END = '<!-- config:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's configuration table: one row per declared variable, in declaration order. */
export function configTable(): string {
  const docs = variableDocs(EnvironmentVariables);
  const initial = new EnvironmentVariables() as unknown as Record<string, unknown>;
  const rows = declaredVariables().map((name) => {
    const doc = docs.get(name);
    if (!doc) throw new Error(`${name} has no @Doc in server/src/config/app-config.ts: describe it there`);
    const value = initial[name];
    const shown = doc.shownDefault ?? (value === undefined ? '*(unset)*' : `\`${String(value)}\``);
    return `| \`${name}\` | ${cell(shown)} | ${cell(doc.meaning)} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The document with the text between the config markers replaced by the current table; throws when a marker is missing. */
export function withConfigTable(document: string): string {
  const start = document.indexOf(CONFIG_DOCS_START);
  const end = document.indexOf(CONFIG_DOCS_END);
  if (start < 0 || end < start) throw new Error(`the markers ${CONFIG_DOCS_START} and ${CONFIG_DOCS_END} are missing`);
  return `${document.slice(0, start + CONFIG_DOCS_START.length)}\n${configTable()}\n${document.slice(end)}`;
}
