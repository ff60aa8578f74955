import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntegrationEvent, PersonRef, StorySnapshot } from './integration-event';

type StoryRow = Omit<StorySnapshot, 'url'>;

/**
 * A read model over stories, endorsements, rewards and employees: the snapshot an event carries, read once when the
 * event is fanned out. It only reads; the owning features write their tables.
 */
@Injectable()
export class IntegrationEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async story(id: string): Promise<(StoryRow & { visible: boolean }) | null> {
    const rows: (StoryRow & { visible: boolean })[] = await this.dataSource.query(
      `SELECT s.id, s.title, s.situation, s.action, s.impact, s.customer_quote AS "customerQuote",
              to_char(s.occurred_on, 'YYYY-MM-DD') AS "occurredOn", s.channel::text AS channel,
              s.resolved_without_handoff AS "resolvedWithoutHandoff", s.featured_at IS NOT NULL AS featured,
              s.endorsement_count AS "endorsementCount",
              (s.status = 'published' AND s.deleted_at IS NULL) AS visible,
              json_build_object('id', a.id, 'name', a.name, 'email', a.email) AS author,
              COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name, 'email', e.email) ORDER BY e.name)
                          FROM story_heroes h JOIN employees e ON e.id = h.employee_id WHERE h.story_id = s.id), '[]') AS heroes,
              COALESCE((SELECT json_agg(v.name ORDER BY v.name) FROM story_values sv JOIN company_values v ON v.id = sv.value_id WHERE sv.story_id = s.id), '[]') AS values,
              ARRAY(SELECT DISTINCT h.department_id::text FROM story_heroes h WHERE h.story_id = s.id) AS "departmentIds"
         FROM stories s JOIN employees a ON a.id = s.author_id
        WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async person(id: string): Promise<(PersonRef & { departmentId: string; leftOn: string | null; leaveReason: string | null }) | null> {
    const rows = await this.dataSource.query(
      `SELECT id, name, email, department_id AS "departmentId", to_char(left_on, 'YYYY-MM-DD') AS "leftOn", leave_reason::text AS "leaveReason"
         FROM employees WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async endorsementComment(storyId: string, endorserId: string): Promise<string | null> {
    // The comment made with the endorsement lives in comments now: the endorser's latest one on the story.
    const rows: { comment: string | null }[] = await this.dataSource.query(
      `SELECT body AS comment FROM comments WHERE story_id = $1 AND author_id = $2 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1`,
      [storyId, endorserId],
    );
    return rows[0]?.comment ?? null;
  }

  async reward(id: string): Promise<NonNullable<IntegrationEvent['data']['reward']> | null> {
    const rows = await this.dataSource.query(
      `SELECT r.id, r.kind::text AS kind, r.points, r.citation, r.champion_period::text AS "championPeriod",
              to_char(r.period_start, 'YYYY-MM-DD') AS "periodStart", r.recipient_department_id AS "departmentId",
              r.revoked_at IS NOT NULL AS revoked,
              json_build_object('id', p.id, 'name', p.name, 'email', p.email) AS recipient,
              json_build_object('id', g.id, 'name', g.name, 'email', g.email) AS giver
         FROM rewards r JOIN employees p ON p.id = r.recipient_id JOIN employees g ON g.id = r.giver_id
        WHERE r.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The most endorsed stories told since a day (in a department, or anywhere): weekly summaries, Teams' @Heroics. */
  topStoriesSince(departmentId: string | null, since: string, limit = 5): Promise<{ id: string; title: string; heroes: string; endorsementCount: number }[]> {
    return this.dataSource.query(
      `SELECT s.id, s.title, s.endorsement_count AS "endorsementCount",
              (SELECT string_agg(e.name, ', ' ORDER BY e.name) FROM story_heroes h JOIN employees e ON e.id = h.employee_id WHERE h.story_id = s.id) AS heroes
         FROM stories s
        WHERE s.status = 'published' AND s.deleted_at IS NULL AND s.created_at >= $1::date
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM story_heroes h WHERE h.story_id = s.id AND h.department_id = $2))
        ORDER BY s.endorsement_count DESC, s.created_at DESC, s.id LIMIT $3`,
      [since, departmentId, limit],
    );
  }
}
