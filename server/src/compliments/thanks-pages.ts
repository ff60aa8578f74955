import { Language, LANGUAGES } from '../common/languages';
import { FIELD_LIMITS } from './compliments.policy';
import { FIELDS } from './thanks-form';
import { LANGUAGE_NAMES, thanksText } from './thanks-messages';

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
  'nav{display:flex;gap:.9rem;justify-content:flex-end;font-size:.95rem}nav a{color:#1c5bc0}nav a[aria-current]{color:#1a1b1e;font-weight:600;text-decoration:none}',
].join('');

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function page(language: Language, title: string, body: string, scripts = ''): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style>${scripts}</head>
<body><main>${body}</main></body></html>`;
}

export interface ThanksFormView {
  language: Language;
  code: string;
  /** The person ("Noor H., Shoes"), or for a team link the department's name. */
  shownAs: string;
  team: boolean;
  startedAt: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

function field(view: ThanksFormView, key: 'whatHappened' | 'howItEnded'): string {
  const label = thanksText(view.language, `form.${key}`);
  const hint = thanksText(view.language, `form.${key}Hint`);
  const id = FIELDS[key];
  const error = view.errors?.[key];
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return `<div><label for="${id}">${label} <span class="hint" id="${id}-hint">${hint}</span></label>
<textarea id="${id}" name="${id}" required maxlength="${FIELD_LIMITS[key]}" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}>${escapeHtml(view.values?.[key] ?? '')}</textarea>
${error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ''}</div>`;
}

function input(view: ThanksFormView, key: 'firstName' | 'email', type: string, autocomplete: string): string {
  const id = FIELDS[key];
  const error = view.errors?.[key];
  const label = thanksText(view.language, `form.${key}`);
  return `<div><label for="${id}">${label} <span class="hint">${thanksText(view.language, 'form.optional')}</span></label>
<input id="${id}" name="${id}" type="${type}" autocomplete="${autocomplete}" maxlength="${FIELD_LIMITS[key]}" value="${escapeHtml(view.values?.[key] ?? '')}"${error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}>
${error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ''}</div>`;
}

/** Links to the same page in each language, the current one marked. */
function languageLinks(language: Language, path: string): string {
  const links = LANGUAGES.map((l) =>
    l === language
      ? `<a href="${path}?lang=${l}" lang="${l}" aria-current="true">${LANGUAGE_NAMES[l]}</a>`
      : `<a href="${path}?lang=${l}" lang="${l}" hreflang="${l}">${LANGUAGE_NAMES[l]}</a>`,
  );
  return `<nav aria-label="${thanksText(language, 'form.language')}">${links.join('')}</nav>`;
}

export function thanksFormPage(view: ThanksFormView): string {
  const t = (key: string) => thanksText(view.language, key, { name: view.shownAs, team: view.team ? 'yes' : 'no' });
  const path = `/thanks/${escapeHtml(view.code)}`;
  const body = `${languageLinks(view.language, path)}<h1>${escapeHtml(t('form.title'))}</h1>
<p>${t('form.intro')}</p>
<form method="post" action="${path}" novalidate>
${field(view, 'whatHappened')}
${field(view, 'howItEnded')}
${input(view, 'firstName', 'text', 'given-name')}
${input(view, 'email', 'email', 'email')}
<p class="hint" style="margin-top:-.8rem">${t('form.emailHint')}</p>
<div class="check"><input type="checkbox" id="${FIELDS.consent}" name="${FIELDS.consent}" value="yes"><label for="${FIELDS.consent}">${t('form.consent')}</label></div>
<div class="trap" aria-hidden="true"><label for="${FIELDS.honeypot}">${t('form.honeypot')}</label><input id="${FIELDS.honeypot}" name="${FIELDS.honeypot}" type="text" tabindex="-1" autocomplete="off"></div>
<input type="hidden" name="${FIELDS.startedAt}" value="${escapeHtml(view.startedAt)}">
<input type="hidden" name="${FIELDS.language}" value="${view.language}">
<altcha-widget challenge="/thanks/challenge" name="${FIELDS.altcha}" auto="onload" hidefooter language="${view.language}"></altcha-widget>
<div><button type="submit">${t('form.send')}</button></div>
</form>`;
  return page(view.language, t('form.pageTitle'), body, '<script type="module" src="/thanks/assets/altcha.js"></script>');
}

export function messagePage(language: Language, title: string, paragraphs: string[]): string {
  return page(language, title, `<div class="panel"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`);
}

export function confirmEmailPage(language: Language, token: string): string {
  const t = (key: string) => thanksText(language, key);
  return page(
    language,
    t('confirm.title'),
    `<div class="panel"><h1>${t('confirm.title')}</h1><p>${t('confirm.text')}</p>
<form method="post" action="/thanks/confirm/${escapeHtml(token)}?lang=${language}"><button type="submit">${t('confirm.button')}</button></form></div>`,
  );
}

export type RefusalReason = 'too_fast' | 'stale' | 'invalid' | 'proof_of_work' | 'duplicate' | 'honeypot' | 'throttled';

/** The pages a customer may see besides the form, each in their language. */
export const PAGES = {
  unavailable: (l: Language) => messagePage(l, thanksText(l, 'unavailable.title'), [thanksText(l, 'unavailable.why'), thanksText(l, 'unavailable.instead')]),
  thanks: (l: Language, emailSent: boolean) =>
    messagePage(l, thanksText(l, 'thanks.title'), [thanksText(l, 'thanks.onTheirWay'), ...(emailSent ? [thanksText(l, 'thanks.emailSent')] : [])]),
  refused: (l: Language, reason: RefusalReason) =>
    // A filled honeypot reads like any other form problem: nothing tells a script what gave it away.
    messagePage(l, thanksText(l, 'refused.title'), [thanksText(l, `refused.${reason === 'honeypot' ? 'invalid' : reason}`)]),
  confirmed: (l: Language) => messagePage(l, thanksText(l, 'confirmed.title'), [thanksText(l, 'confirmed.text')]),
  confirmGone: (l: Language, why: 'used' | 'expired' | 'unknown') =>
    messagePage(l, thanksText(l, 'confirmGone.title'), [thanksText(l, `confirmGone.${why}`), thanksText(l, 'confirmGone.nothingMore')]),
};
