import type { Language } from '../common/languages';
import { EMAIL, FIELD_LIMITS, plainText } from './compliments.policy';
import { thanksText } from './thanks-messages';

/** The thank-you form as the server understands it, cleaned (plain text, trimmed, within limits). */
export interface CleanForm {
  whatHappened: string;
  howItEnded: string;
  firstName: string | null;
  email: string | null;
  consentToQuote: boolean;
  /** The honeypot: a field people never see; anything in it means a script filled the form. */
  honeypot: boolean;
  startedAt: string | undefined;
  altcha: string | undefined;
}

export type SubmissionOutcome =
  | { kind: 'accepted'; emailSent: boolean }
  | { kind: 'invalid'; errors: Record<string, string>; values: Record<string, string> }
  | { kind: 'refused'; status: number; reason: 'honeypot' | 'too_fast' | 'stale' | 'invalid' | 'proof_of_work' | 'duplicate' | 'throttled' };

/** The form's field names, kept apart from the API's: a plain HTML form posts them. */
export const FIELDS = {
  whatHappened: 'what_happened',
  howItEnded: 'how_it_ended',
  firstName: 'first_name',
  email: 'email',
  consent: 'consent_to_quote',
  honeypot: 'website',
  startedAt: 'started',
  altcha: 'altcha',
  language: 'lang',
} as const;

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** Reads and cleans the posted form; field problems are said in words, next to the field they are about. */
export function readThanksForm(body: unknown, language: Language): { form: CleanForm } | { errors: Record<string, string>; values: Record<string, string> } {
  const t = (key: string, values?: Record<string, number>) => thanksText(language, key, values);
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const values = {
    whatHappened: text(raw, FIELDS.whatHappened),
    howItEnded: text(raw, FIELDS.howItEnded),
    firstName: text(raw, FIELDS.firstName),
    email: text(raw, FIELDS.email).trim(),
  };
  const whatHappened = plainText(values.whatHappened);
  const howItEnded = plainText(values.howItEnded);
  const firstName = plainText(values.firstName).replace(/\n/g, ' ');
  const errors: Record<string, string> = {};
  if (whatHappened.length < 10) errors.whatHappened = t('error.whatHappened');
  if (values.whatHappened.length > FIELD_LIMITS.whatHappened) errors.whatHappened = t('error.tooLong', { max: FIELD_LIMITS.whatHappened });
  if (!howItEnded) errors.howItEnded = t('error.howItEnded');
  if (values.howItEnded.length > FIELD_LIMITS.howItEnded) errors.howItEnded = t('error.tooLong', { max: FIELD_LIMITS.howItEnded });
  if (values.firstName.length > FIELD_LIMITS.firstName) errors.firstName = t('error.firstName', { max: FIELD_LIMITS.firstName });
  if (values.email && (values.email.length > FIELD_LIMITS.email || !EMAIL.test(values.email))) errors.email = t('error.email');
  if (Object.keys(errors).length) return { errors, values };
  return {
    form: {
      whatHappened,
      howItEnded,
      firstName: firstName || null,
      email: values.email ? values.email.toLowerCase() : null,
      consentToQuote: text(raw, FIELDS.consent) === 'yes',
      honeypot: text(raw, FIELDS.honeypot) !== '',
      startedAt: text(raw, FIELDS.startedAt) || undefined,
      altcha: text(raw, FIELDS.altcha) || undefined,
    },
  };
}
