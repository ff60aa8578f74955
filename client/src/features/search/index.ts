/** What the app uses of search: the header's box and the results page. */
export { HeaderSearch } from './components/HeaderSearch';
export { SearchPage } from './components/SearchPage';
