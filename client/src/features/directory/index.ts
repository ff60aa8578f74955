/** What the app uses of the people directory: the page's list with its filters. */
export { PeopleDirectory } from './components/PeopleDirectory';
