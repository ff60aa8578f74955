/** What other features use of stories: the safe renderer of a story's text. */
export { StoryText } from './components/StoryText';
/** The query key every story list and card sits under: a change made elsewhere (a compliment confirmed) refreshes them. */
export { storiesKey } from './api/list-feed';
/** The hero picker, for choosing who a customer compliment is about. */
export { HeroPicker, type HeroOption } from './components/HeroPicker';
