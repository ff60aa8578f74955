import { EmailContent } from './email-layout';

export interface RedemptionEmailInput {
  kind: 'redemption_requested' | 'redemption_fulfilled' | 'redemption_declined';
  recipientName: string;
  actorName: string | null;
  title: string;
  /** The fulfiller's note, or the reason for a decline. */
  note: string | null;
}

/** Each step of a redemption: to the admins who fulfil it, then to the person when it is ready or declined. */
export function redemptionEmail(input: RedemptionEmailInput, appUrl: string): EmailContent {
  const title = `“${input.title}”`;
  if (input.kind === 'redemption_requested') {
    const who = input.actorName ?? 'Someone';
    return {
      subject: `${who} redeemed points for ${title}`,
      preview: 'It waits in the fulfilment queue.',
      heading: 'A redemption to fulfil',
      blocks: [
        { kind: 'paragraph', text: `Hello ${input.recipientName}, ${who} redeemed points for ${title}. It waits in the fulfilment queue.` },
        { kind: 'button', label: 'Open the fulfilment queue', href: `${appUrl}/fulfilment` },
      ],
    };
  }
  const fulfilled = input.kind === 'redemption_fulfilled';
  return {
    subject: fulfilled ? `Your ${title} is ready` : `Your ${title} was declined`,
    preview: fulfilled ? 'Open Heroics to see it.' : 'The points are back in your balance.',
    heading: fulfilled ? `Enjoy it, ${input.recipientName}` : `Sorry, ${input.recipientName}`,
    blocks: [
      {
        kind: 'paragraph',
        text: fulfilled
          ? `Your ${title} is ready. A code, if it has one, is shown once in Heroics.`
          : `Your ${title} was declined; the points are back in your balance.`,
      },
      ...(input.note ? [{ kind: 'paragraph' as const, text: fulfilled ? `A note for you: ${input.note}` : `The reason given: ${input.note}` }] : []),
      { kind: 'button', label: 'See my redemptions', href: `${appUrl}/points` },
    ],
  };
}
