import { CurrentEmployee } from '../common/current-employee';
import { canModerateStory } from '../stories/stories.policy';

/** A comment is a few sentences; a story is where the long form lives. */
export const COMMENT_BODY_MAX = 1000;

/** How a mention is written in a comment's body: the person's id, never their name (names change). */
export const MENTION_TOKEN = /@\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}/g;

/** The people a body mentions, each once, in the order they first appear. */
export function mentionedIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_TOKEN)].map((m) => m[1]))];
}

interface CommentedStory {
  author: { id: string };
  heroes: { id: string; department: { id: string } }[];
}

/** The people a story is about or by: they may say thanks for a comment. */
function isStoryPerson(viewerId: string, story: CommentedStory): boolean {
  return story.author.id === viewerId || story.heroes.some((h) => h.id === viewerId);
}

/** Nobody thanks themselves; only the author and heroes of the story thank, and only for a comment still there. */
export function thanksRefusal(viewerId: string, story: CommentedStory, comment: { authorId: string }): 'not_story_person' | 'own_comment' | null {
  if (!isStoryPerson(viewerId, story)) return 'not_story_person';
  if (comment.authorId === viewerId) return 'own_comment';
  return null;
}

export function mayEditComment(viewer: CurrentEmployee, comment: { authorId: string; deleted: boolean }): boolean {
  return !comment.deleted && comment.authorId === viewer.id;
}

/** The author of a comment; and whoever moderates the story (admins, managers of a hero's department). */
export function mayDeleteComment(viewer: CurrentEmployee, story: CommentedStory, comment: { authorId: string; deleted: boolean }): boolean {
  if (comment.deleted) return false;
  return comment.authorId === viewer.id || canModerateStory(viewer, story);
}
