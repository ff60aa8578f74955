/** What stories offers: telling, reading, editing and moderating a story, and the pieces other features draw stories with. */
export { CustomerQuote } from './components/CustomerQuote';
export { RecognitionStats } from './components/RecognitionStats';
export { StoryActions } from './components/StoryActions';
export { StoryComposer } from './components/StoryComposer';
export { HeroLinks, StoryBadges, StoryByline, useChannelLabels } from './components/StoryMeta';
export { StoryText } from './components/StoryText';
export { useStory } from './api/get-story';
/** The query keys every story list and card sits under, and the helpers that refresh them after a change made elsewhere. */
export { invalidateStories, recognitionChanged, storyKeys, type Story } from './api/story-keys';
/** The search-as-you-type person picker (quick kudos pick their one hero with it; a customer compliment's hero is chosen with it). */
export { HeroPicker, type HeroOption } from './components/HeroPicker';
