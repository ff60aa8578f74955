export { SlackSettingsCard } from './components/SlackSettingsCard';
export { ChannelEventsField } from './components/ChannelEventsField';
export { CHANNEL_EVENT_LABELS, slackKeys, type ChannelEvent } from './api/slack';
