import { EmailBlock, EmailContent } from './email-layout';

export interface RecognitionItem {
  kind: 'named_hero' | 'story_endorsed' | 'rewarded';
  actorName: string | null;
  storyTitle: string | null;
  storyUrl: string | null;
  /** A reward that gave a badge names it. */
  badgeName?: string | null;
  /** A reward that gave a catalogue item names it. */
  giftTitle?: string | null;
}

function line(item: RecognitionItem): string {
  const who = item.actorName ?? 'Someone';
  const story = item.storyTitle ? `“${item.storyTitle}”` : 'a story';
  if (item.kind === 'named_hero') return `${who} named you a hero in ${story}.`;
  if (item.kind === 'story_endorsed') return `${who} endorsed ${story}.`;
  if (item.giftTitle) return `${who} gave you “${item.giftTitle}”${item.storyTitle ? ` for ${story}` : ''}; an admin will let you know when it is ready.`;
  const what = item.badgeName ? ` with the badge “${item.badgeName}”` : '';
  return `${who} rewarded you${what}${item.storyTitle ? ` for ${story}` : ''}.`;
}

export function recognitionEmail(name: string, item: RecognitionItem, appUrl: string): EmailContent {
  const subject =
    item.kind === 'named_hero'
      ? `${item.actorName ?? 'Someone'} named you a hero`
      : item.kind === 'rewarded'
        ? item.giftTitle
          ? `You received a gift: “${item.giftTitle}”`
          : item.badgeName
            ? `You received the badge “${item.badgeName}”`
            : 'You received a reward'
        : 'Your story was endorsed';
  return {
    subject,
    preview: line(item),
    heading: item.kind === 'rewarded' ? `Well done, ${name}` : `Nice work, ${name}`,
    blocks: [
      { kind: 'paragraph', text: line(item) },
      { kind: 'button', label: item.storyUrl ? 'Read the story' : 'Open Heroics', href: item.storyUrl ?? appUrl },
    ],
  };
}

/** Endorsements in one email (at most one an hour), or a whole day of recognition (the daily digest). */
export function recognitionListEmail(name: string, items: RecognitionItem[], appUrl: string, daily: boolean): EmailContent {
  const endorsedOnly = items.every((i) => i.kind === 'story_endorsed');
  const subject = daily
    ? `Your day on Heroics: ${items.length} ${items.length === 1 ? 'update' : 'updates'}`
    : `Your story was endorsed ${items.length} ${items.length === 1 ? 'time' : 'times'}`;
  const blocks: EmailBlock[] = [
    {
      kind: 'paragraph',
      text: daily ? `Here is what happened since yesterday, ${name}.` : endorsedOnly ? 'Colleagues endorsed your stories:' : 'News for you:',
    },
    { kind: 'list', items: items.map((i) => ({ text: line(i), href: i.storyUrl ?? undefined })) },
    { kind: 'button', label: 'Open Heroics', href: appUrl },
  ];
  return { subject, preview: line(items[0]), heading: daily ? 'Your daily recognition' : 'Colleagues endorsed you', blocks };
}

/** Someone @mentioned the person in a comment: who, where, and the way to the conversation. */
export function mentionEmail(name: string, actorName: string | null, storyTitle: string | null, storyUrl: string): EmailContent {
  const who = actorName ?? 'A colleague';
  const where = storyTitle ? `“${storyTitle}”` : 'a story';
  return {
    subject: `${who} mentioned you in a comment`,
    preview: `${who} mentioned you in a comment on ${where}.`,
    heading: `${who} mentioned you`,
    blocks: [
      { kind: 'paragraph', text: `Hello ${name}, ${who} mentioned you in a comment on ${where}.` },
      { kind: 'button', label: 'Read the comment', href: storyUrl },
    ],
  };
}

export function storyHiddenEmail(name: string, title: string, reason: string | null, storyUrl: string): EmailContent {
  return {
    subject: `Your story “${title}” was hidden`,
    preview: reason ? `A moderator hid it: ${reason}` : 'A moderator hid it from the feed.',
    heading: 'A moderator hid your story',
    blocks: [
      { kind: 'paragraph', text: `Hello ${name}, your story “${title}” is no longer shown in the feed.` },
      { kind: 'paragraph', text: reason ? `The reason given: ${reason}` : 'No reason was given.' },
      { kind: 'note', text: 'You can still read it, and talk to your manager or admin if you think this is a mistake.' },
      { kind: 'button', label: 'See the story', href: storyUrl },
    ],
  };
}

export function anniversaryEmail(input: {
  name: string;
  years: number;
  forManager?: { managerName: string };
  personUrl: string;
  appUrl: string;
  companyName: string;
}): EmailContent {
  const years = `${input.years} ${input.years === 1 ? 'year' : 'years'}`;
  if (input.forManager) {
    return {
      subject: `${input.name} celebrates ${years} today`,
      preview: `${input.name} joined ${input.companyName} ${years} ago today.`,
      heading: `${input.name}: ${years} today`,
      blocks: [
        { kind: 'paragraph', text: `${input.name} joined ${input.companyName} ${years} ago today. A word from you means a lot on a day like this.` },
        { kind: 'button', label: `Tell a story about ${input.name}`, href: `${input.appUrl}/stories/new` },
        { kind: 'list', items: [{ text: `${input.name}'s page`, href: input.personUrl }] },
      ],
    };
  }
  return {
    subject: `Happy ${years} at ${input.companyName}!`,
    preview: `Today you have been with ${input.companyName} for ${years}. Thank you.`,
    heading: `Happy anniversary, ${input.name}`,
    blocks: [
      { kind: 'paragraph', text: `Today you have been with ${input.companyName} for ${years}. Thank you for every customer you took care of.` },
      { kind: 'button', label: 'See your recognition', href: input.personUrl },
    ],
  };
}
