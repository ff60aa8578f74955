import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StoryRow } from '../stories/dto/story.dto';
import { storyCardsSql } from '../stories/story-card.query';

export interface ReviewQueueFilter {
  viewerId: string;
  departmentIds: string[] | null;
  days: number;
}

const ORDER = 'ORDER BY s.endorsement_count DESC, s.created_at DESC, s.id DESC';

/** A manager's queue: recent published stories with a hero in their departments and no live reward yet. */
@Injectable()
export class ReviewQueueRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: ReviewQueueFilter, limit: number, after?: [number, string, string]): Promise<StoryRow[]> {
    const params: unknown[] = [filter.viewerId, filter.days, limit];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [
      `s.deleted_at IS NULL`,
      `s.status = 'published'`,
      `s.created_at > now() - make_interval(days => $2)`,
      `NOT EXISTS (SELECT 1 FROM rewards r WHERE r.story_id = s.id AND r.revoked_at IS NULL)`,
      `NOT EXISTS (SELECT 1 FROM story_reviews sr WHERE sr.story_id = s.id)`,
    ];
    if (filter.departmentIds) where.push(`s.id IN (SELECT story_id FROM story_heroes WHERE department_id = ANY(${param(filter.departmentIds)}::uuid[]))`);
    if (after) where.push(`(s.endorsement_count, s.created_at, s.id) < (${param(after[0])}::int, ${param(after[1])}::timestamptz, ${param(after[2])}::uuid)`);
    const pageSql = `(SELECT s.id FROM stories s WHERE ${where.join(' AND ')} ${ORDER} LIMIT $3) page`;
    return this.dataSource.query(storyCardsSql(pageSql, '$1', ORDER), params);
  }

  /** A published story's heroes' departments, or null when there is no such story (deleted, hidden or unknown). */
  async heroDepartments(storyId: string): Promise<string[] | null> {
    const rows: { departmentIds: string[] }[] = await this.dataSource.query(
      `SELECT ARRAY(SELECT h.department_id::text FROM story_heroes h WHERE h.story_id = s.id) AS "departmentIds"
         FROM stories s WHERE s.id = $1 AND s.deleted_at IS NULL AND s.status = 'published'`,
      [storyId],
    );
    return rows[0]?.departmentIds ?? null;
  }

  /** Marks a story reviewed without a reward; a second mark keeps the first (who and when). */
  async markReviewed(storyId: string, reviewerId: string): Promise<void> {
    await this.dataSource.query('INSERT INTO story_reviews (story_id, reviewed_by) VALUES ($1, $2) ON CONFLICT (story_id) DO NOTHING', [storyId, reviewerId]);
  }

  async unmarkReviewed(storyId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM story_reviews WHERE story_id = $1', [storyId]);
  }
}
