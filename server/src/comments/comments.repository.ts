import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface CommentRow {
  id: string;
  storyId: string;
  parentId: string | null;
  authorId: string;
  authorName: string;
  body: string;
  thanksCount: number;
  thankedByMe: boolean;
  mentions: { id: string; name: string }[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  /** created_at to the microsecond, which a JavaScript Date cannot hold: the keyset cursor needs it exact. */
  cursorAt: string;
}

const SELECT_COMMENT = `
  SELECT c.id, c.story_id AS "storyId", c.parent_id AS "parentId", c.author_id AS "authorId", a.name AS "authorName", c.body,
         c.thanks_count AS "thanksCount", EXISTS (SELECT 1 FROM comment_thanks t WHERE t.comment_id = c.id AND t.employee_id = $1) AS "thankedByMe",
         (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY e.name), '[]')
            FROM comment_mentions m JOIN employees e ON e.id = m.employee_id WHERE m.comment_id = c.id) AS mentions,
         c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt",
         to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
    FROM comments c JOIN employees a ON a.id = c.author_id`;

/** A removed comment stays in the thread only to hold its replies together. */
const SHOWN = `(c.deleted_at IS NULL OR EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL))`;

@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A story's top-level comments, oldest first (a conversation reads down), after the cursor. */
  async page(storyId: string, viewerId: string, limit: number, after?: [string, string]): Promise<CommentRow[]> {
    return this.dataSource.query(
      `${SELECT_COMMENT}
        WHERE c.story_id = $2 AND c.parent_id IS NULL AND ${SHOWN} ${after ? 'AND (c.created_at, c.id) > ($4::timestamptz, $5::uuid)' : ''}
        ORDER BY c.created_at, c.id LIMIT $3`,
      after ? [viewerId, storyId, limit, after[0], after[1]] : [viewerId, storyId, limit],
    );
  }

  async replies(parentIds: string[], viewerId: string): Promise<CommentRow[]> {
    if (!parentIds.length) return [];
    return this.dataSource.query(`${SELECT_COMMENT} WHERE c.parent_id = ANY($2::uuid[]) AND c.deleted_at IS NULL ORDER BY c.created_at, c.id`, [
      viewerId,
      parentIds,
    ]);
  }

  async findById(id: string, viewerId: string): Promise<CommentRow | null> {
    const rows = await this.dataSource.query(`${SELECT_COMMENT} WHERE c.id = $2`, [viewerId, id]);
    return rows[0] ?? null;
  }

  /** Of these people, the ones who still work here. */
  async currentEmployees(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM employees WHERE id = ANY($1::uuid[]) AND left_on IS NULL', [ids]);
    return rows.map((r) => r.id);
  }

  async insert(manager: EntityManager, comment: { storyId: string; authorId: string; parentId: string | null; body: string }): Promise<string> {
    const [row] = await manager.query('INSERT INTO comments (story_id, author_id, parent_id, body) VALUES ($1, $2, $3, $4) RETURNING id', [
      comment.storyId,
      comment.authorId,
      comment.parentId,
      comment.body,
    ]);
    return row.id;
  }

  /** Links the people mentioned; returns only those never mentioned in this comment before (who are then told). */
  async addMentions(manager: EntityManager, commentId: string, employeeIds: string[]): Promise<string[]> {
    if (!employeeIds.length) return [];
    const rows: { employeeId: string }[] = await manager.query(
      `INSERT INTO comment_mentions (comment_id, employee_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING employee_id AS "employeeId"`,
      [commentId, employeeIds],
    );
    return rows.map((r) => r.employeeId);
  }

  async updateBody(manager: EntityManager, id: string, body: string): Promise<boolean> {
    const rows = await manager.query(
      'WITH changed AS (UPDATE comments SET body = $2, edited_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id) SELECT id FROM changed',
      [id, body],
    );
    return rows.length > 0;
  }

  async softDelete(manager: EntityManager, id: string, byId: string): Promise<boolean> {
    const rows = await manager.query(
      `WITH gone AS (UPDATE comments SET deleted_at = now(), deleted_by_id = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id) SELECT id FROM gone`,
      [id, byId],
    );
    return rows.length > 0;
  }

  /** Once per person: a repeat changes nothing. The new count. */
  async thank(manager: EntityManager, commentId: string, employeeId: string, thanked: boolean): Promise<number> {
    const change = thanked
      ? 'INSERT INTO comment_thanks (comment_id, employee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1'
      : 'DELETE FROM comment_thanks WHERE comment_id = $1 AND employee_id = $2 RETURNING 1';
    const [row] = await manager.query(
      `WITH changed AS (${change}),
            bumped AS (UPDATE comments SET thanks_count = thanks_count ${thanked ? '+' : '-'} (SELECT count(*) FROM changed)::int WHERE id = $1 RETURNING thanks_count)
       SELECT thanks_count AS n FROM bumped`,
      [commentId, employeeId],
    );
    return row?.n ?? 0;
  }
}
