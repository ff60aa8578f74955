import { i18n } from './i18n';
import { ApiProblem, problemMessage } from './problem';

/**
 * How a form calls one of its fields in a sentence ("The title", "The day it happened"), keyed by the field
 * name the server uses in problem errors[]. `formField` is the form's own name when it differs (heroIds -> heroes).
 * A name may be a translation key ("stories:field.title"): it is then said in the reader's language.
 */
export type FieldNames = Record<string, { name: string; formField?: string }>;

function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * Turns a server message about one field ("name must be shorter than or equal to 120 characters",
 * "occurredOn cannot be in the future", "id must be a UUID") into a sentence that calls the field by the
 * name a person sees and says what to do. Messages that are already sentences for people pass through.
 */
export function describeFieldProblem(field: string, message: string, fieldName: string): string {
  const startsWithField = message.toLowerCase().startsWith(`${field.toLowerCase()} `);
  const rest = startsWithField ? message.slice(field.length + 1) : message;
  const name = fieldName.includes(':') && i18n.exists(fieldName) ? i18n.t(fieldName) : fieldName;
  const v = { name, subject: capitalise(name) };
  let match: RegExpExecArray | null;
  if ((match = /(?:shorter than or equal to|at most|no more than) (\d+) characters/i.exec(rest)))
    return i18n.t('problems:field.tooLong', { ...v, max: Number(match[1]) });
  if ((match = /(?:longer than or equal to|at least) (\d+) characters/i.exec(rest))) return i18n.t('problems:field.tooShort', { ...v, min: Number(match[1]) });
  if (/in the future/i.test(rest)) return i18n.t('problems:field.future', v);
  if (/before the hire date|before .*hired/i.test(rest)) return i18n.t('problems:field.beforeHire', v);
  if (/must be a UUID|must be an? (?:valid )?id|does not exist|not found|unknown/i.test(rest)) return i18n.t('problems:field.unknown', v);
  if (/should not be empty|must not be empty|is required|must be a string/i.test(rest)) return i18n.t('problems:field.required', v);
  if (/must be an email/i.test(rest)) return i18n.t('problems:field.email', v);
  if (/must be one of|must be a valid enum/i.test(rest)) return i18n.t('problems:field.choose', v);
  if ((match = /must contain (?:at least|not more than|no more than) (\d+) elements/i.exec(rest))) {
    return i18n.t(/at least/i.test(rest) ? 'problems:field.atLeast' : 'problems:field.atMost', { ...v, count: Number(match[1]) });
  }
  if (/(?:YYYY-MM-DD|ISO 8601|calendar date|valid date)/i.test(rest)) return i18n.t('problems:field.date', v);
  // A sentence the client has no words for: English as the server wrote it; another language says which field.
  if (i18n.language !== 'en') return i18n.t('problems:field.invalid', v);
  if (!startsWithField) return message;
  return `${v.subject} ${rest.replace(/\.$/, '')}.`;
}

export interface FormProblem {
  /** Sentences for the form's fields, keyed by the form's field names. */
  fields: Record<string, string>;
  /** A sentence for what no field shows (a refusal about the whole request, or an unknown field), or null. */
  general: string | null;
}

/**
 * Splits an API problem between a form's fields and one general sentence. The problem's own summary
 * ("The request has 2 invalid fields") is never shown: the fields say what is wrong, one by one.
 */
export function formProblem(error: unknown, names: FieldNames): FormProblem {
  const fields: Record<string, string> = {};
  const unmatched: string[] = [];
  if (error instanceof ApiProblem) {
    for (const { field, message } of error.fieldErrors) {
      const known = names[field];
      if (!known) {
        unmatched.push(message);
        continue;
      }
      const key = known.formField ?? field;
      const sentence = describeFieldProblem(field, message, known.name);
      fields[key] = fields[key] ? `${fields[key]} ${sentence}` : sentence;
    }
  }
  const matched = Object.keys(fields).length > 0;
  const general = unmatched.length ? unmatched.join(' ') : matched ? null : problemMessage(error);
  return { fields, general };
}

/**
 * Moves focus to the first field that shows a problem, once React has rendered the errors. Mantine inputs mark
 * themselves aria-invalid; groups without an input (chips) carry data-invalid.
 */
export function focusFirstProblem(form: HTMLElement | null | undefined, framesLeft = 30): void {
  if (!form) return;
  requestAnimationFrame(() => {
    const target = form.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input, [data-invalid="true"]');
    // After an answer from the server React may render the errors a frame or two later: look again until they show.
    if (!target) {
      if (framesLeft > 0) focusFirstProblem(form, framesLeft - 1);
      return;
    }
    target.focus();
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  });
}
