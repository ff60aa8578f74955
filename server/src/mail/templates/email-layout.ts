/**
 * One source for both parts of every email: a template returns blocks, and this file renders them to HTML and to
 * plain text, so the two always say the same thing. (mjml and react-email were the candidates: react-email's
 * renderer is ES-modules-only and pulls a React server renderer into the API process; mjml 5 adds a large
 * dependency tree for what is one narrow column here. A fixed, tested block set keeps the HTML accessible by
 * construction: real text, a single 600 px column that shrinks on phones, a contrast-checked button.)
 */
export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'list'; items: { text: string; href?: string; detail?: string }[] }
  | { kind: 'heading'; text: string }
  | { kind: 'note'; text: string };

export interface EmailContent {
  subject: string;
  /** The first line a mail client previews. */
  preview: string;
  heading: string;
  blocks: EmailBlock[];
}

export interface EmailContext {
  companyName: string;
  /** The app's base URL, e.g. http://localhost:3000 */
  appUrl: string;
  /** Non-transactional mail: where to change or stop this kind of email. */
  unsubscribeUrl?: string;
  settingsUrl?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// #1f5f99 on white is 6.9:1, white on #1f5f99 likewise: above WCAG AA for body text.
const BRAND = '#1f5f99';
const INK = '#1c2430';
const MUTED = '#4a5563';

function blockHtml(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:${INK}">${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3;color:${INK}">${escapeHtml(block.text)}</h2>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:${MUTED}">${escapeHtml(block.text)}</p>`;
    case 'button':
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:${BRAND};color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;padding:12px 20px;border-radius:6px">${escapeHtml(block.label)}</a></p>`;
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:20px;font-size:16px;line-height:1.5;color:${INK}">${block.items
        .map((item) => {
          const text = item.href ? `<a href="${escapeHtml(item.href)}" style="color:${BRAND}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text);
          return `<li style="margin:0 0 8px">${text}${item.detail ? `<br><span style="color:${MUTED};font-size:14px">${escapeHtml(item.detail)}</span>` : ''}</li>`;
        })
        .join('')}</ul>`;
  }
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return block.text;
    case 'heading':
      return `${block.text}\n${'-'.repeat(Math.min(block.text.length, 60))}`;
    case 'button':
      return `${block.label}: ${block.href}`;
    case 'list':
      return block.items.map((item) => `- ${item.text}${item.href ? `\n  ${item.href}` : ''}${item.detail ? `\n  ${item.detail}` : ''}`).join('\n');
  }
}

export function renderEmail(content: EmailContent, context: EmailContext): RenderedEmail {
  const footerText = [
    `${context.companyName} on Heroics: ${context.appUrl}`,
    context.settingsUrl ? `Choose which emails you get: ${context.settingsUrl}` : '',
    context.unsubscribeUrl ? `Stop emails like this one: ${context.unsubscribeUrl}` : '',
  ].filter(Boolean);
  const text = [content.heading, '', ...content.blocks.map(blockText).flatMap((t) => [t, '']), '--', ...footerText].join('\n');
  const footerHtml = [
    `<a href="${escapeHtml(context.appUrl)}" style="color:${MUTED}">${escapeHtml(context.companyName)} on Heroics</a>`,
    context.settingsUrl ? `<a href="${escapeHtml(context.settingsUrl)}" style="color:${MUTED}">Choose which emails you get</a>` : '',
    context.unsubscribeUrl ? `<a href="${escapeHtml(context.unsubscribeUrl)}" style="color:${MUTED}">Stop emails like this one</a>` : '',
  ]
    .filter(Boolean)
    .join(' &middot; ');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f5f8">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(content.preview)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8">
<tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 24px 8px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<p style="margin:0 0 16px;font-size:14px;font-weight:bold;letter-spacing:0.02em;color:${BRAND}">${escapeHtml(context.companyName)} · Heroics</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${INK}">${escapeHtml(content.heading)}</h1>
${content.blocks.map(blockHtml).join('\n')}
</td></tr>
<tr><td style="padding:16px 24px 24px;border-top:1px solid #e3e7ed;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:13px;line-height:1.6;color:${MUTED}">${footerHtml}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
  return { subject: content.subject, html, text };
}
