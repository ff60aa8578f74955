// What the kudos feature offers the pages: the strip above the feed, the full list, a person's kudos, the button.
export { GiveKudosButton } from './components/GiveKudosButton';
export { KudosList, KudosReceived } from './components/KudosList';
export { KudosStrip } from './components/KudosStrip';
