/** What champions offers: the people peers keep endorsing whom nobody rewarded, and the helper that refreshes them. */
export { championsKeys, invalidateUnrecognised, type UnrecognisedChampion } from './api/unrecognised';
export { UnrecognisedChampions } from './components/UnrecognisedChampions';
