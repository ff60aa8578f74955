import type { Language } from '../common/languages';
import { EmailContent } from '../mail/templates/email-layout';
import { thanksText } from './thanks-messages';

/** Transactional: the customer asked for it by leaving their address on the thank-you page (and reads it in its language). */
export function complimentConfirmationEmail(input: { who: string; team: boolean; url: string; hours: number; language: Language }): EmailContent {
  const t = (key: string) => thanksText(input.language, key, { who: input.who, team: input.team ? 'yes' : 'no', hours: input.hours });
  return {
    subject: t('email.subject'),
    preview: t('email.preview'),
    heading: t('email.heading'),
    blocks: [
      { kind: 'paragraph', text: t('email.text') },
      { kind: 'button', label: t('email.button'), href: input.url },
      { kind: 'note', text: t('email.note') },
    ],
  };
}
