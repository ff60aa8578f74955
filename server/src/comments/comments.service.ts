import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { StoryRow } from '../stories/dto/story.dto';
import { StoriesService } from '../stories/stories.service';
import { AddCommentDto, CommentDto, CommentPageDto, CommentThanksDto, EditCommentDto, ListCommentsQueryDto } from './dto/comment.dto';
import { CommentsErrors } from './comments.errors';
import { mayDeleteComment, mayEditComment, mentionedIds, thanksRefusal } from './comments.policy';
import { CommentRow, CommentsRepository } from './comments.repository';

@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentsRepository,
    private readonly stories: StoriesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: CurrentEmployee, storyId: string, query: ListCommentsQueryDto): Promise<CommentPageDto> {
    const story = await this.stories.visible(viewer, storyId);
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const page = keysetPage(await this.comments.page(storyId, viewer.id, limit + 1, after), limit, (r) => [r.cursorAt, r.id]);
    const replies = await this.comments.replies(
      page.rows.map((r) => r.id),
      viewer.id,
    );
    return {
      items: page.rows.map((r) => ({
        ...toCommentDto(r, viewer, story),
        replies: replies.filter((reply) => reply.parentId === r.id).map((reply) => toCommentDto(reply, viewer, story)),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** A comment or a reply by anyone who can read the story; its people and whoever it mentions are told. */
  async add(viewer: CurrentEmployee, storyId: string, dto: AddCommentDto): Promise<CommentDto> {
    const story = await this.stories.visible(viewer, storyId);
    if (story.status === 'hidden') throw CommentsErrors.storyHidden();
    const parent = dto.parentId ? await this.comments.findById(dto.parentId, viewer.id) : null;
    if (dto.parentId && (!parent || parent.storyId !== storyId || parent.parentId !== null || parent.deletedAt)) throw CommentsErrors.unknownParent();
    const mentioned = await this.checkMentions(dto.body);
    const id = await this.dataSource.transaction(async (manager) => {
      const commentId = await this.insert(manager, viewer, storyId, dto.body, parent?.id ?? null);
      const told = new Set(await this.comments.addMentions(manager, commentId, mentioned));
      const people = new Set([story.author.id, ...story.heroes.map((h) => h.id), ...(parent ? [parent.authorId] : [])]);
      await this.notifications.notify(manager, [
        ...[...told].map((recipientId) => ({ recipientId, kind: 'mentioned' as const, storyId, actorId: viewer.id })),
        ...[...people].filter((p) => !told.has(p)).map((recipientId) => ({ recipientId, kind: 'story_commented' as const, storyId, actorId: viewer.id })),
      ]);
      return commentId;
    });
    this.stories.cardChanged(storyId);
    return this.one(viewer, id, story);
  }

  /**
   * For endorsements, in their transaction: the comment an endorsement once carried is now a comment of its own (the
   * endorsement already told the story's people, so this tells nobody). Withdrawing the endorsement keeps it.
   */
  async addWithEndorsement(manager: EntityManager, viewer: CurrentEmployee, storyId: string, body: string): Promise<void> {
    await this.insert(manager, viewer, storyId, body, null);
  }

  async edit(viewer: CurrentEmployee, id: string, dto: EditCommentDto): Promise<CommentDto> {
    const { comment, story } = await this.visibleComment(viewer, id);
    if (!mayEditComment(viewer, { authorId: comment.authorId, deleted: false })) throw CommentsErrors.notYours();
    const mentioned = await this.checkMentions(
      dto.body,
      comment.mentions.map((m) => m.id),
    );
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.comments.updateBody(manager, id, dto.body))) throw CommentsErrors.notFound();
      // Only people never mentioned in this comment before are told (links stay when a mention is edited out, so
      // editing it out and back in does not tell them twice).
      const told = await this.comments.addMentions(manager, id, mentioned);
      await this.notifications.notify(
        manager,
        told.map((recipientId) => ({ recipientId, kind: 'mentioned' as const, storyId: story.id, actorId: viewer.id })),
      );
    });
    return this.one(viewer, id, story);
  }

  /** The writer removes their own; a moderator anyone's, and that is in the audit log. Replies stay. */
  async remove(viewer: CurrentEmployee, id: string): Promise<void> {
    const { comment, story } = await this.visibleComment(viewer, id);
    if (!mayDeleteComment(viewer, story, { authorId: comment.authorId, deleted: false })) throw CommentsErrors.notYours();
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.comments.softDelete(manager, id, viewer.id))) throw CommentsErrors.notFound();
      await this.stories.commentCountChanged(manager, story.id, -1);
      if (comment.authorId !== viewer.id) {
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'comment.removed',
          subjectType: 'comment',
          subjectId: id,
          before: { storyId: story.id, authorId: comment.authorId, authorName: comment.authorName, body: comment.body },
        });
      }
    });
    this.stories.cardChanged(story.id);
  }

  async thank(viewer: CurrentEmployee, id: string, thanked: boolean): Promise<CommentThanksDto> {
    const { comment, story } = await this.visibleComment(viewer, id);
    const refusal = thanksRefusal(viewer.id, story, comment);
    if (refusal === 'not_story_person') throw CommentsErrors.notStoryPerson();
    if (refusal === 'own_comment') throw CommentsErrors.ownComment();
    const thanksCount = await this.dataSource.transaction(async (manager) => {
      const count = await this.comments.thank(manager, id, viewer.id, thanked);
      // Thanks, taken back and given again, is one notification (per person thanking and story).
      if (thanked)
        await this.notifications.notifyOnce(manager, [{ recipientId: comment.authorId, kind: 'comment_thanked', storyId: story.id, actorId: viewer.id }]);
      return count;
    });
    return { thanksCount, thankedByMe: thanked };
  }

  private async insert(manager: EntityManager, viewer: CurrentEmployee, storyId: string, body: string, parentId: string | null): Promise<string> {
    const id = await this.comments.insert(manager, { storyId, authorId: viewer.id, parentId, body });
    await this.stories.commentCountChanged(manager, storyId, +1);
    return id;
  }

  /** The people a body mentions, each once; a new mention must be someone who works here now (one kept from before may have left). */
  private async checkMentions(body: string, alreadyMentioned: string[] = []): Promise<string[]> {
    const ids = mentionedIds(body);
    const fresh = ids.filter((m) => !alreadyMentioned.includes(m));
    const current = await this.comments.currentEmployees(fresh);
    if (current.length !== fresh.length) throw CommentsErrors.unknownMention();
    return ids;
  }

  private async visibleComment(viewer: CurrentEmployee, id: string): Promise<{ comment: CommentRow; story: StoryRow }> {
    const comment = await this.comments.findById(id, viewer.id);
    if (!comment || comment.deletedAt) throw CommentsErrors.notFound();
    const story = await this.stories.visible(viewer, comment.storyId).catch(() => null);
    if (!story) throw CommentsErrors.notFound();
    return { comment, story };
  }

  private async one(viewer: CurrentEmployee, id: string, story: StoryRow): Promise<CommentDto> {
    const row = await this.comments.findById(id, viewer.id);
    if (!row) throw CommentsErrors.notFound();
    const replies = row.parentId ? [] : await this.comments.replies([row.id], viewer.id);
    return { ...toCommentDto(row, viewer, story), replies: replies.map((r) => toCommentDto(r, viewer, story)) };
  }
}

function toCommentDto(row: CommentRow, viewer: CurrentEmployee, story: StoryRow): CommentDto {
  const deleted = row.deletedAt !== null;
  const facts = { authorId: row.authorId, deleted };
  const inBody = mentionedIds(row.body);
  return {
    id: row.id,
    storyId: row.storyId,
    parentId: row.parentId,
    author: { id: row.authorId, name: row.authorName },
    body: deleted ? null : row.body,
    mentions: deleted ? [] : row.mentions.filter((m) => inBody.includes(m.id)),
    thanksCount: row.thanksCount,
    thankedByMe: row.thankedByMe,
    canThank: !deleted && thanksRefusal(viewer.id, story, facts) === null,
    canEdit: mayEditComment(viewer, facts),
    canDelete: mayDeleteComment(viewer, story, facts),
    deleted,
    createdAt: new Date(row.createdAt).toISOString(),
    editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
    replies: [],
  };
}
