/** What other features use of stories: the safe renderer of a story's text. */
export { StoryText } from './components/StoryText';
/** The query key every story list and card sits under: a change made elsewhere (a compliment confirmed) refreshes them. */
export { storiesKey } from './api/list-feed';
