import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

const ALLOWED = ['p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'blockquote', 'br'];

function safeUrl(url: string): string {
  return /^(https?:|mailto:)/i.test(url) ? url : '';
}

/** Angle brackets become entities, so anything that looks like HTML is shown as the text it is. */
function asLiteralText(markdown: string): string {
  return markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Limited Markdown, rendered safely: raw HTML is never interpreted (it is dropped), only a few inline
 * and list elements are allowed, and links go only to http(s) or mailto addresses.
 */
export function StoryText({ children }: { children: string }) {
  return (
    <Typography p={0}>
      <Markdown
        skipHtml
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={safeUrl}
        components={{
          a: ({ href, children: text }) =>
            href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {text}
              </a>
            ) : (
              <span>{text}</span>
            ),
        }}
      >
        {asLiteralText(children)}
      </Markdown>
    </Typography>
  );
}
