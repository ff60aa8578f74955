import { channelEventOf, routeMatches } from './channel-routing';

describe('chat channel routes', () => {
  it('maps integration events to what a channel can carry', () => {
    expect(channelEventOf('story.published')).toBe('story.published');
    expect(channelEventOf('reward.given', 'champion')).toBe('champion');
    expect(channelEventOf('reward.given', 'points')).toBeNull();
    expect(channelEventOf('endorsement.created')).toBeNull();
  });

  it('sends a department route only its departments, and a company route everything it subscribed to', () => {
    const support = { departmentId: 'd1', events: ['story.published'] };
    const company = { departmentId: null, events: ['story.featured'] };
    expect(routeMatches(support, 'story.published', ['d1', 'd2'])).toBe(true);
    expect(routeMatches(support, 'story.published', ['d2'])).toBe(false);
    expect(routeMatches(support, 'story.featured', ['d1'])).toBe(false);
    expect(routeMatches(company, 'story.featured', ['d9'])).toBe(true);
  });
});
