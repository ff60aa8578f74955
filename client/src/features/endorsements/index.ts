/** What endorsements offers: endorsing a story (with an optimistic count) and the list of who endorsed it. */
export { endorsementKeys, useEndorsements } from './api/list-endorsements';
export { useEndorseStory } from './api/endorse-story';
export { EndorseButton } from './components/EndorseButton';
export { Endorsers } from './components/Endorsers';
