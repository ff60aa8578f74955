export { SlackSettingsCard } from './components/SlackSettingsCard';
/** What Teams shares with Slack: a chat channel's choice of department and events. */
export { ChannelEventsField, StoriesAboutSelect, useChannelChoice } from './components/ChannelEventsField';
export { CHANNEL_EVENT_LABELS, slackKeys, type ChannelEvent } from './api/slack';
