/** What the review queue offers: a manager's queue of unrewarded stories, and the helper that refreshes it. */
export { invalidateReviewQueue, reviewQueueKeys, useReviewQueue, type ReviewQueueItem } from './api/review-queue';
export { useMarkReviewed } from './api/mark-reviewed';
export { ReviewQueue } from './components/ReviewQueue';
