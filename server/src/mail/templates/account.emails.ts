import { EmailContent } from './email-layout';

/** Transactional: someone asked for these, so they carry no unsubscribe link. */
export function invitationEmail(input: { name: string; companyName: string; url: string; expiresAt: Date }): EmailContent {
  const until = input.expiresAt.toISOString().slice(0, 10);
  return {
    subject: `You are invited to ${input.companyName} on Heroics`,
    preview: `Set your password to start telling and reading hero stories. The link works until ${until}.`,
    heading: `Welcome, ${input.name}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${input.companyName} uses Heroics to see and celebrate the moments someone on the team took care of a customer. Set a password to sign in.`,
      },
      { kind: 'button', label: 'Set my password', href: input.url },
      {
        kind: 'note',
        text: `The link works once, until ${until}. If it has expired, ask your admin for a new one. If you did not expect this email, you can ignore it.`,
      },
    ],
  };
}

export function passwordResetEmail(input: { name: string; url: string; ttlMinutes: number }): EmailContent {
  return {
    subject: 'Reset your Heroics password',
    preview: `Choose a new password. The link works once, for ${input.ttlMinutes} minutes.`,
    heading: 'Choose a new password',
    blocks: [
      { kind: 'paragraph', text: `Hello ${input.name}, someone (probably you) asked to reset the password of your Heroics account.` },
      { kind: 'button', label: 'Choose a new password', href: input.url },
      {
        kind: 'note',
        text: `The link works once, for ${input.ttlMinutes} minutes. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this email: your password stays as it is.`,
      },
    ],
  };
}
