import { Blockquote } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';

/** The quote as the customer said it: marks a teller typed around it are dropped, the icon adds its own. */
export function unquoted(text: string): string {
  return text
    .trim()
    .replace(/^["'“”‘’«»„]+\s*/, '')
    .replace(/\s*["'“”‘’«»„]+$/, '');
}

/**
 * Mantine's blockquote icon sits on the top border, half above the box: the top margin gives it room so it never
 * covers the line above.
 */
export function CustomerQuote({ text }: { text: string }) {
  return (
    <Blockquote color="ember" icon={<IconQuote size={16} aria-hidden />} iconSize={30} mt={18} p="sm" pt="md" fs="italic">
      {unquoted(text)}
    </Blockquote>
  );
}
