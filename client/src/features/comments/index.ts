/** What comments offers: the conversation under a story (comments, one level of replies, thanks, @mentions) and its query keys. */
export { commentKeys, COMMENT_BODY_MAX } from './api/comments';
export { CommentThread } from './components/CommentThread';
