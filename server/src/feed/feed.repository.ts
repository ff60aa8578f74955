import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { StoryRow } from '../stories/dto/story.dto';
import { storyCardsSql } from '../stories/story-card.query';
import { FeedScope } from './dto/feed.dto';

export interface FeedFilter {
  scope: FeedScope;
  viewerId: string;
  departmentId?: string;
  employeeId?: string;
  valueId?: string;
  channel?: string;
  heroId?: string;
  from?: string;
  to?: string;
  featured?: boolean;
}

export interface AnniversaryRow {
  id: string;
  name: string;
  departmentId: string;
  departmentName: string;
  hiredOn: string;
}

/** One row of a page: the story and whether the viewer endorsed it (a probe of the (story, endorser) unique index). */
export interface FeedPageRow {
  id: string;
  endorsedByMe: boolean;
}

/** $1 is always the viewer. Evaluated for the rows of the page only, after the LIMIT. */
const ENDORSED_BY_VIEWER = `EXISTS (SELECT 1 FROM endorsements en WHERE en.story_id = s.id AND en.endorser_id = $1) AS "endorsedByMe"`;

/** The feed is a read model over stories: a keyset query finds a page of ids, cards are built for the ids (and cached by the service). */
@Injectable()
export class FeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The ids of one page, by keyset on (created_at, id) — the part of the feed that is always read live — with the
   * viewer's endorsements, in one prepared round trip. A person's feed walks that person's hero index in order;
   * the department feed and the rest walk the stories index.
   */
  async pageIds(filter: FeedFilter, limit: number, after?: [string, string]): Promise<FeedPageRow[]> {
    const params: unknown[] = [filter.viewerId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // An author still finds a story a moderator hid under what they told (marked hidden); nobody else's feed shows it.
    const where = [`s.deleted_at IS NULL`, filter.scope === 'mine' ? `s.status IN ('published', 'hidden')` : `s.status = 'published'`];
    if (filter.scope === 'mine') where.push(`s.author_id = $1`);
    if (filter.scope === 'department') where.push(`s.id IN (SELECT story_id FROM story_heroes WHERE department_id = ${param(filter.departmentId)})`);
    if (filter.heroId) where.push(`EXISTS (SELECT 1 FROM story_heroes h WHERE h.story_id = s.id AND h.employee_id = ${param(filter.heroId)})`);
    if (filter.valueId) where.push(`EXISTS (SELECT 1 FROM story_values v WHERE v.story_id = s.id AND v.value_id = ${param(filter.valueId)})`);
    if (filter.channel) where.push(`s.channel = ${param(filter.channel)}`);
    if (filter.from) where.push(`s.occurred_on >= ${param(filter.from)}`);
    if (filter.to) where.push(`s.occurred_on <= ${param(filter.to)}`);
    if (filter.featured) where.push(`s.featured_at IS NOT NULL`);
    let sql: string;
    if (filter.scope === 'person') {
      where.push(`sh.employee_id = ${param(filter.employeeId)}`);
      if (after) where.push(`(sh.story_created_at, sh.story_id) < (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`);
      sql = `SELECT sh.story_id AS id, ${ENDORSED_BY_VIEWER} FROM story_heroes sh JOIN stories s ON s.id = sh.story_id
              WHERE ${where.join(' AND ')} ORDER BY sh.story_created_at DESC, sh.story_id DESC LIMIT ${param(limit)}`;
    } else {
      if (after) where.push(`(s.created_at, s.id) < (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`);
      sql = `SELECT s.id, ${ENDORSED_BY_VIEWER} FROM stories s WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC, s.id DESC LIMIT ${param(limit)}`;
    }
    return preparedQuery<FeedPageRow>(this.dataSource, sql, params);
  }

  /** Current employees whose hire date falls on `today` (29 February hires on 28 February in other years). */
  async hiredOnThisDay(today: string, scope: { departmentId?: string; employeeId?: string }): Promise<AnniversaryRow[]> {
    return this.dataSource.query(
      `SELECT e.id, e.name, d.id AS "departmentId", d.name AS "departmentName", e.hired_on AS "hiredOn"
         FROM employees e JOIN departments d ON d.id = e.department_id
        WHERE e.left_on IS NULL AND e.hired_on < $1::date
          AND (to_char(e.hired_on, 'MM-DD') = to_char($1::date, 'MM-DD')
               OR (to_char(e.hired_on, 'MM-DD') = '02-29' AND to_char($1::date, 'MM-DD') = '02-28'
                   AND extract(day FROM (date_trunc('year', $1::date) + interval '1 month 28 days')) <> 29))
          AND ($2::uuid IS NULL OR e.department_id = $2) AND ($3::uuid IS NULL OR e.id = $3)
        ORDER BY e.hired_on, e.name`,
      [today, scope.departmentId ?? null, scope.employeeId ?? null],
    );
  }

  /** This week's stories for a team meeting: featured ones first (the most recently featured leading), then the most endorsed. */
  async huddle(viewerId: string, days: number, departmentId?: string): Promise<StoryRow[]> {
    const pageSql = `(SELECT s.id FROM stories s
        WHERE s.deleted_at IS NULL AND s.status = 'published' AND (s.created_at > now() - make_interval(days => $2) OR s.featured_at > now() - make_interval(days => $2))
          AND ($3::uuid IS NULL OR s.id IN (SELECT story_id FROM story_heroes WHERE department_id = $3))
        ORDER BY s.featured_at DESC NULLS LAST, s.endorsement_count DESC, s.created_at DESC LIMIT 12) page`;
    return this.dataSource.query(storyCardsSql(pageSql, '$1', 'ORDER BY s.featured_at DESC NULLS LAST, s.endorsement_count DESC, s.created_at DESC'), [
      viewerId,
      days,
      departmentId ?? null,
    ]);
  }
}
