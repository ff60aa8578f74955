/** What other features use of stories: the safe renderer of a story's text. */
export { StoryText } from './components/StoryText';
