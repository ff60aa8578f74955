/** What a chat channel (Slack or Teams) can be sent. */
export const CHANNEL_EVENTS = ['story.published', 'story.featured', 'champion', 'weekly_summary'] as const;
export type ChannelEvent = (typeof CHANNEL_EVENTS)[number];

/** Which channel event an integration event is, if any: a champion award is a reward of kind champion. */
export function channelEventOf(type: string, rewardKind?: string): ChannelEvent | null {
  if (type === 'story.published' || type === 'story.featured') return type;
  if (type === 'reward.given' && rewardKind === 'champion') return 'champion';
  return null;
}

/** A route for every department (null) or for one receives an event about any of `departmentIds`. */
export function routeMatches(route: { departmentId: string | null; events: string[] }, event: ChannelEvent, departmentIds: string[]): boolean {
  return route.events.includes(event) && (route.departmentId === null || departmentIds.includes(route.departmentId));
}
