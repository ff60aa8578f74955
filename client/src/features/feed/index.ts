/** What the feed offers: the list of stories with its filters, and its query keys. */
export { feedKeys, useFeed, type FeedQuery } from './api/list-feed';
export { Feed } from './components/Feed';
export { FeedFilters, type FeedFilterValues } from './components/FeedFilters';
