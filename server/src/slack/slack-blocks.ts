import { STORY_CHANNELS } from '../stories/story.entity';
import type { IntegrationEvent, StorySnapshot } from '../integration-events/integration-event';

/** Block Kit messages and the hero-story modal, as Slack documents them (pure: tested without Slack). */

export const STORY_MODAL_CALLBACK = 'hero_story';
export const TELL_STORY_SHORTCUT = 'tell_hero_story';
export const ENDORSE_ACTION = 'endorse_story';

const CHANNEL_LABELS: Record<(typeof STORY_CHANNELS)[number], string> = {
  in_person: 'In person',
  phone: 'Phone',
  chat: 'Chat',
  email: 'Email',
  social: 'Social media',
  field: 'In the field',
};

type Block = Record<string, unknown>;
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
/** Slack's mrkdwn treats &, < and > as control characters: escape what people wrote. */
export const escapeMrkdwn = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const names = (people: { name: string }[]) => people.map((p) => p.name).join(', ');

export function storyMessage(story: StorySnapshot, heading: string): { text: string; blocks: Block[] } {
  const text = `${heading}: ${story.title} — ${names(story.heroes)}`;
  const blocks: Block[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeMrkdwn(heading)}*\n*<${story.url}|${escapeMrkdwn(story.title)}>*\nHeroes: ${escapeMrkdwn(names(story.heroes))}` },
    },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(clip(`${story.situation}\n\n${story.action}\n\n${story.impact}`, 2900)) } },
  ];
  if (story.customerQuote) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `“${escapeMrkdwn(clip(story.customerQuote, 500))}”` }] });
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: escapeMrkdwn(
          [`Told by ${story.author.name}`, CHANNEL_LABELS[story.channel as keyof typeof CHANNEL_LABELS] ?? story.channel, ...story.values].join(' · '),
        ),
      },
    ],
  });
  blocks.push({
    type: 'actions',
    elements: [
      { type: 'button', action_id: ENDORSE_ACTION, value: story.id, text: plain('Endorse'), style: 'primary' },
      { type: 'button', action_id: 'open_story', url: story.url, text: plain('Open in Heroics') },
    ],
  });
  return { text, blocks };
}

export function championMessage(reward: NonNullable<IntegrationEvent['data']['reward']>, peopleUrl: string): { text: string; blocks: Block[] } {
  const period = reward.championPeriod === 'quarter' ? 'quarter' : 'month';
  const text = `${reward.recipient.name} is champion of the ${period}`;
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `:trophy: *<${peopleUrl}|${escapeMrkdwn(reward.recipient.name)}>* is champion of the ${period}!\n${escapeMrkdwn(clip(reward.citation, 2000))}`,
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Awarded by ${escapeMrkdwn(reward.giver.name)}` }] },
    ],
  };
}

export function weeklySummaryMessage(
  stories: { title: string; url: string; heroes: string; endorsementCount: number }[],
  appUrl: string,
): { text: string; blocks: Block[] } {
  const text = stories.length ? `This week's heroes: ${stories.length} stories` : 'No hero stories this week yet';
  const lines = stories.map((s) => `• *<${s.url}|${escapeMrkdwn(s.title)}>* — ${escapeMrkdwn(s.heroes)} (${s.endorsementCount} endorsements)`);
  return {
    text,
    blocks: [
      { type: 'header', text: plain("This week's heroes") },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: lines.length ? lines.join('\n') : `Nobody has told a story this week. <${appUrl}/stories/new|Tell one>.` },
      },
    ],
  };
}

export interface ModalChoices {
  values: { id: string; name: string }[];
  today: string;
  situation?: string;
  /** Where to confirm afterwards (the channel the command was used in). */
  channelId?: string;
}

const input = (blockId: string, label: string, element: Block, optional = false, hint?: string): Block => ({
  type: 'input',
  block_id: blockId,
  label: plain(label),
  element: { action_id: blockId, ...element },
  optional,
  ...(hint ? { hint: plain(hint) } : {}),
});

export function storyModal(choices: ModalChoices): Block {
  return {
    type: 'modal',
    callback_id: STORY_MODAL_CALLBACK,
    private_metadata: JSON.stringify({ channelId: choices.channelId ?? null }),
    title: plain('Tell a hero story'),
    submit: plain('Publish'),
    close: plain('Cancel'),
    blocks: [
      input('heroes', 'Who were the heroes?', { type: 'multi_users_select', max_selected_items: 10 }, false, 'You can name yourself too.'),
      input('title', 'Title', { type: 'plain_text_input', max_length: 120 }),
      input('situation', 'What did the customer need?', {
        type: 'plain_text_input',
        multiline: true,
        max_length: 2000,
        ...(choices.situation ? { initial_value: choices.situation.slice(0, 2000) } : {}),
      }),
      input('action', 'What did the hero do?', { type: 'plain_text_input', multiline: true, max_length: 2000 }),
      input('impact', 'How did it end?', { type: 'plain_text_input', multiline: true, max_length: 2000 }),
      input('channel', 'Where did it happen?', { type: 'static_select', options: STORY_CHANNELS.map((c) => ({ text: plain(CHANNEL_LABELS[c]), value: c })) }),
      input('values', 'Which company values does it show?', {
        type: 'multi_static_select',
        max_selected_items: 5,
        options: choices.values.slice(0, 100).map((v) => ({ text: plain(clip(v.name, 75)), value: v.id })),
      }),
      input('occurred_on', 'When did it happen?', { type: 'datepicker', initial_date: choices.today }),
      input(
        'handoff',
        'First-contact resolution',
        { type: 'checkboxes', options: [{ text: plain('Solved without handing the customer on'), value: 'yes' }] },
        true,
      ),
      input('quote', "The customer's words", { type: 'plain_text_input', max_length: 500 }, true),
    ],
  };
}

type StateValue = {
  type: string;
  value?: string | null;
  selected_users?: string[];
  selected_options?: { value: string }[];
  selected_option?: { value: string } | null;
  selected_date?: string | null;
};
export type ModalState = Record<string, Record<string, StateValue>>;

export interface SubmittedStory {
  heroSlackIds: string[];
  title: string;
  situation: string;
  action: string;
  impact: string;
  channel: string;
  valueIds: string[];
  occurredOn: string;
  resolvedWithoutHandoff: boolean;
  customerQuote: string | null;
}

/** Reads the modal's state.values into a story (the user ids still to be matched to people). */
export function readStoryModal(state: ModalState): SubmittedStory {
  const at = (block: string) => state?.[block]?.[block];
  const text = (block: string) => (at(block)?.value ?? '').trim();
  return {
    heroSlackIds: at('heroes')?.selected_users ?? [],
    title: text('title'),
    situation: text('situation'),
    action: text('action'),
    impact: text('impact'),
    channel: at('channel')?.selected_option?.value ?? '',
    valueIds: (at('values')?.selected_options ?? []).map((o) => o.value),
    occurredOn: at('occurred_on')?.selected_date ?? '',
    resolvedWithoutHandoff: (at('handoff')?.selected_options ?? []).some((o) => o.value === 'yes'),
    customerQuote: text('quote') || null,
  };
}

/** Errors Slack shows under each block of the modal (`response_action: errors`); empty when the story can be queued. */
export function modalErrors(story: SubmittedStory, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (story.heroSlackIds.length === 0) errors.heroes = 'Name at least one hero.';
  if (story.heroSlackIds.length > 10) errors.heroes = 'Name at most ten heroes.';
  if (!story.title) errors.title = 'Give the story a title.';
  else if (story.title.length > 120) errors.title = 'Keep the title to 120 characters.';
  for (const [block, what] of [
    ['situation', 'what the customer needed'],
    ['action', 'what the hero did'],
    ['impact', 'how it ended'],
  ] as const) {
    if (!story[block]) errors[block] = `Tell us ${what}.`;
    else if (story[block].length > 2000) errors[block] = 'Keep this to 2,000 characters.';
  }
  if (!(STORY_CHANNELS as readonly string[]).includes(story.channel)) errors.channel = 'Choose where it happened.';
  if (story.valueIds.length === 0) errors.values = 'Choose at least one company value.';
  if (story.valueIds.length > 5) errors.values = 'Choose at most five company values.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(story.occurredOn)) errors.occurred_on = 'Choose the day it happened.';
  else if (story.occurredOn > today) errors.occurred_on = 'The day cannot be in the future.';
  if (story.customerQuote && story.customerQuote.length > 500) errors.quote = "Keep the customer's words to 500 characters.";
  return errors;
}
