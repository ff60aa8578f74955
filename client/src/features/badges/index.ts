// What the badges feature offers other features and the app.
export { BadgesAdmin } from './components/BadgesAdmin';
export { BadgeChoice } from './components/BadgeChoice';
export { BadgeMark } from './components/badge-icons';
