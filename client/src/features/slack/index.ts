export { SlackSettingsCard } from './components/SlackSettingsCard';
/** What Teams shares with Slack: a chat channel's choice of department and events. */
export { ChannelEventsField, StoriesAboutSelect, useChannelChoice } from './components/ChannelEventsField';
export { channelEventLabels, slackKeys, type ChannelEvent } from './api/slack';
