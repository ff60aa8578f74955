/** What leaderboards offers: the board itself, and the helper that refreshes it after points move. */
export { invalidateLeaderboards } from './api/get-leaderboard';
export { Leaderboard } from './components/Leaderboard';
