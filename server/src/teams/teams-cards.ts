import type { IntegrationEvent, StorySnapshot } from '../integration-events/integration-event';

/** Adaptive Cards (schema 1.4, what Teams renders), as the body Teams Workflows and outgoing webhooks take. */
type Element = Record<string, unknown>;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function teamsMessage(body: Element[], actions: Element[] = []) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body, actions },
      },
    ],
  };
}

export function storyCard(story: StorySnapshot, heading: string) {
  return teamsMessage(
    [
      { type: 'TextBlock', text: heading, weight: 'Bolder', color: 'Accent', wrap: true },
      { type: 'TextBlock', text: story.title, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: `Heroes: ${story.heroes.map((h) => h.name).join(', ')}`, wrap: true, spacing: 'None' },
      { type: 'TextBlock', text: clip(`${story.situation}\n\n${story.action}\n\n${story.impact}`, 2000), wrap: true },
      ...(story.customerQuote ? [{ type: 'TextBlock', text: `“${clip(story.customerQuote, 500)}”`, isSubtle: true, wrap: true }] : []),
      { type: 'TextBlock', text: [`Told by ${story.author.name}`, ...story.values].join(' · '), isSubtle: true, size: 'Small', wrap: true },
    ],
    [{ type: 'Action.OpenUrl', title: 'Open and endorse in Heroics', url: story.url }],
  );
}

export function championCard(reward: NonNullable<IntegrationEvent['data']['reward']>, personUrl: string) {
  const period = reward.championPeriod === 'quarter' ? 'quarter' : 'month';
  return teamsMessage(
    [
      { type: 'TextBlock', text: `🏆 ${reward.recipient.name} is champion of the ${period}`, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: clip(reward.citation, 2000), wrap: true },
      { type: 'TextBlock', text: `Awarded by ${reward.giver.name}`, isSubtle: true, size: 'Small' },
    ],
    [{ type: 'Action.OpenUrl', title: 'See their stories', url: personUrl }],
  );
}

export function storyListCard(title: string, stories: { title: string; url: string; heroes: string; endorsementCount: number }[], emptyText: string) {
  return teamsMessage([
    { type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true },
    ...(stories.length
      ? stories.map((s) => ({ type: 'TextBlock', text: `[${s.title}](${s.url}) — ${s.heroes} (${s.endorsementCount} endorsements)`, wrap: true }))
      : [{ type: 'TextBlock', text: emptyText, wrap: true }]),
  ]);
}
