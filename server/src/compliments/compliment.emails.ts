import { EmailContent } from '../mail/templates/email-layout';

/** Transactional: the customer asked for it by leaving their address on the thank-you page. */
export function complimentConfirmationEmail(input: { who: string; url: string; hours: number }): EmailContent {
  return {
    subject: `Please confirm your thanks to ${input.who}`,
    preview: 'One click confirms your compliment is real.',
    heading: 'Thank you for your kind words',
    blocks: [
      { kind: 'paragraph', text: `You thanked ${input.who}. Please confirm it was you, so the team knows the compliment is real.` },
      { kind: 'button', label: 'Confirm my compliment', href: input.url },
      {
        kind: 'note',
        text: `The link works once, for ${input.hours} hours. If you did not write this, ignore this email: nothing is published without a manager's review.`,
      },
    ],
  };
}
