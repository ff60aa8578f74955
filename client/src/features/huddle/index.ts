/** What the huddle offers: this week's stories to read aloud at a team meeting, and their query key. */
export { huddleKeys, useHuddle } from './api/huddle';
