import { FIELD_LIMITS } from './compliments.policy';
import { FIELDS } from './thanks-form';

/** The public thank-you pages: small, self-contained HTML (no app bundle), readable at 390 px, labelled for screen readers. */
const STYLE = [
  '*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f4f5f7}',
  'main{max-width:36rem;margin:0 auto;padding:1.5rem 1rem 3rem}h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}',
  'form{display:grid;gap:1.1rem;background:#fff;border-radius:12px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}',
  'label{font-weight:600;display:block;margin-bottom:.3rem}.hint{font-weight:400;color:#495057;font-size:.9rem}',
  'textarea,input[type=text],input[type=email]{width:100%;font:inherit;padding:.6rem .7rem;border:1px solid #6c757d;border-radius:8px;background:#fff;color:#1a1b1e}',
  'textarea{min-height:7rem;resize:vertical}textarea:focus,input:focus,button:focus{outline:3px solid #1c64d1;outline-offset:2px}',
  '.check{display:flex;gap:.6rem;align-items:flex-start}.check input{width:1.25rem;height:1.25rem;margin-top:.15rem}.check label{font-weight:400}',
  '.error{color:#b3261e;font-size:.95rem;margin:.3rem 0 0}.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}',
  'button{font:inherit;font-weight:600;padding:.75rem 1.25rem;border:0;border-radius:8px;background:#1c5bc0;color:#fff;cursor:pointer}',
  '.panel{background:#fff;border-radius:12px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}p{margin:.5rem 0}',
].join('');

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function page(title: string, body: string, scripts = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style>${scripts}</head>
<body><main>${body}</main></body></html>`;
}

export interface ThanksFormView {
  code: string;
  shownAs: string;
  startedAt: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

function field(view: ThanksFormView, key: 'whatHappened' | 'howItEnded', label: string, hint: string): string {
  const id = FIELDS[key];
  const error = view.errors?.[key];
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return `<div><label for="${id}">${label} <span class="hint" id="${id}-hint">${hint}</span></label>
<textarea id="${id}" name="${id}" required maxlength="${FIELD_LIMITS[key]}" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}>${escapeHtml(view.values?.[key] ?? '')}</textarea>
${error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ''}</div>`;
}

function input(view: ThanksFormView, key: 'firstName' | 'email', label: string, type: string, autocomplete: string): string {
  const id = FIELDS[key];
  const error = view.errors?.[key];
  return `<div><label for="${id}">${label} <span class="hint">(optional)</span></label>
<input id="${id}" name="${id}" type="${type}" autocomplete="${autocomplete}" maxlength="${FIELD_LIMITS[key]}" value="${escapeHtml(view.values?.[key] ?? '')}"${error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}>
${error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ''}</div>`;
}

export function thanksFormPage(view: ThanksFormView): string {
  const body = `<h1>Say thank you to ${escapeHtml(view.shownAs)}</h1>
<p>Your words go to their manager first. Nothing is published without their review.</p>
<form method="post" action="/thanks/${escapeHtml(view.code)}" novalidate>
${field(view, 'whatHappened', 'What happened?', '(what you needed and what they did)')}
${field(view, 'howItEnded', 'How did it end?', '(was your problem solved?)')}
${input(view, 'firstName', 'Your first name', 'text', 'given-name')}
${input(view, 'email', 'Your email', 'email', 'email')}
<p class="hint" style="margin-top:-.8rem">Only to confirm your compliment is real: we send one confirmation link and never show your address to staff.</p>
<div class="check"><input type="checkbox" id="${FIELDS.consent}" name="${FIELDS.consent}" value="yes"><label for="${FIELDS.consent}">You may quote my words inside the company.</label></div>
<div class="trap" aria-hidden="true"><label for="${FIELDS.honeypot}">Leave this empty</label><input id="${FIELDS.honeypot}" name="${FIELDS.honeypot}" type="text" tabindex="-1" autocomplete="off"></div>
<input type="hidden" name="${FIELDS.startedAt}" value="${escapeHtml(view.startedAt)}">
<altcha-widget challenge="/thanks/challenge" name="${FIELDS.altcha}" auto="onload" hidefooter></altcha-widget>
<div><button type="submit">Send my thanks</button></div>
</form>`;
  return page(`Thank ${view.shownAs}`, body, '<script type="module" src="/thanks/assets/altcha.js"></script>');
}

export function messagePage(title: string, paragraphs: string[]): string {
  return page(title, `<div class="panel"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`);
}

export function confirmEmailPage(token: string): string {
  return page(
    'Confirm your compliment',
    `<div class="panel"><h1>Confirm your compliment</h1><p>One click tells the team your compliment is real.</p>
<form method="post" action="/thanks/confirm/${escapeHtml(token)}"><button type="submit">Yes, I wrote it</button></form></div>`,
  );
}

export const PAGES = {
  unavailable: () =>
    messagePage('This thank-you link is no longer available', [
      'The person or team may have turned it off, or the link is not complete.',
      'Thank you for wanting to say something kind. You can still tell them in person or through the company’s usual contact channels.',
    ]),
  thanks: (emailSent: boolean) =>
    messagePage('Thank you!', [
      'Your words are on their way to the team’s manager.',
      ...(emailSent ? ['We sent you an email with a link: please open it to confirm your compliment is real.'] : []),
    ]),
  refused: (reason: string) => {
    const text: Record<string, string> = {
      too_fast: 'That was quicker than anyone can type. Please take a moment, then send the form again.',
      stale: 'This page was open for a long time. Please reload it and send your words again.',
      invalid: 'Something in the form was not right. Please reload the page and try again.',
      proof_of_work: 'We could not verify that a person sent this. Please wait for the check under the form to finish, then send it again.',
      duplicate: 'We already have these words from you. Thank you: once is enough.',
      honeypot: 'Something in the form was not right. Please reload the page and try again.',
      throttled: 'We received many messages from your connection. Please try again later.',
    };
    return messagePage('We could not take this', [text[reason] ?? text.invalid]);
  },
  confirmed: () => messagePage('Confirmed, thank you!', ['Your compliment is confirmed. The team will be glad to hear it.']),
  confirmGone: (why: 'used' | 'expired' | 'unknown') =>
    messagePage('This confirmation link no longer works', [
      why === 'used' ? 'It was already used: your compliment is confirmed.' : why === 'expired' ? 'It has expired.' : 'It is not complete or not valid.',
      'Nothing more is needed from you.',
    ]),
};
