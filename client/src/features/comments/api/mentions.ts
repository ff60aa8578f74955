/**
 * Mentions travel as @{employee id} (names change, and two people can share one); a person writes and reads them as
 * @Name. These turn one into the other.
 */
export interface MentionedPerson {
  id: string;
  name: string;
}

const TOKEN = /@\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}/g;

/** For the edit box: each @{id} as @Name (an unknown id stays as it is). */
export function tokensToNames(body: string, people: MentionedPerson[]): string {
  return body.replace(TOKEN, (token, id: string) => {
    const person = people.find((p) => p.id === id);
    return person ? `@${person.name}` : token;
  });
}

/** For sending: each @Name of a person picked while writing as @{id}; longest names first, so "@Ann Lee" wins over "@Ann". */
export function namesToTokens(text: string, people: MentionedPerson[]): string {
  const sorted = [...people].sort((a, b) => b.name.length - a.name.length);
  let out = text;
  for (const person of sorted) out = out.split(`@${person.name}`).join(`@{${person.id}}`);
  return out;
}

/** Markdown's own characters in a name are shown as they are, not as formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`);
}

/** For reading: each @{id} as the person's name, in bold (someone no longer known reads "@someone"). */
export function tokensToMarkdown(body: string, people: MentionedPerson[]): string {
  return body.replace(TOKEN, (_token, id: string) => {
    const person = people.find((p) => p.id === id);
    return `**@${escapeMarkdown(person?.name ?? 'someone')}**`;
  });
}

/** The name being typed after an @ just before the caret ("@Sof" → "Sof"), or null when the caret is not in a mention. */
export function mentionQueryAt(text: string, caret: number): string | null {
  const match = /(?:^|\s)@([^\s@{}][^@{}\n]{0,40})?$/.exec(text.slice(0, caret));
  if (!match) return null;
  const typed = match[1] ?? '';
  return typed.split(' ').length > 4 ? null : typed;
}

/** Puts @Name in place of the @typed before the caret; the new text and where the caret goes. */
export function insertMention(text: string, caret: number, name: string): { text: string; caret: number } {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  const inserted = `@${name} `;
  return { text: `${text.slice(0, at)}${inserted}${text.slice(caret)}`, caret: at + inserted.length };
}
