import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ChampionCandidateRow {
  rank: number;
  employeeId: string;
  name: string;
  jobTitle: string;
  departmentId: string;
  departmentName: string;
  endorsementsReceived: number;
  storiesAsHero: number;
  customerCompliments: number;
  latestComplimentStoryId: string | null;
  latestComplimentStoryTitle: string | null;
  latestComplimentAt: Date | null;
  lastRewardedOn: string | null;
}

export interface EvidenceRow {
  employeeId: string;
  id: string;
  title: string;
  endorsementCount: number;
  occurredOn: string;
}

export interface TeamMemberRow {
  employeeId: string;
  name: string;
  hiredOn: string;
  departmentId: string;
  departmentName: string;
  recognised: boolean;
}

/** $1 department ids or null for all, $2 first day of the window. */
const PEOPLE = `SELECT e.id, e.name, e.job_title, e.department_id, e.hired_on FROM employees e
  WHERE e.left_on IS NULL AND ($1::uuid[] IS NULL OR e.department_id = ANY($1))`;
const LIVE_STORY = `s.status = 'published' AND s.deleted_at IS NULL`;
/** Customer compliments sent since $2 that a manager made into (or merged into) a story that is still live. */
const CUSTOMER_PRAISE = `SELECT c.id, c.employee_id, c.story_id, c.created_at, s.title FROM customer_compliments c JOIN stories s ON s.id = c.story_id
  WHERE c.status = 'published' AND ${LIVE_STORY} AND c.created_at >= $2`;

@Injectable()
export class ChampionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Changes with every reward given or revoked: part of the key of cached answers. */
  async rewardsVersion(): Promise<string> {
    // Bumped by a trigger on rewards in every writing transaction (a reward given, revoked or changed).
    const [row] = await this.dataSource.query(`SELECT version::text AS version FROM read_model_versions WHERE name = 'rewards'`);
    return row?.version ?? '';
  }

  async candidates(departmentIds: string[] | null, since: Date, minEndorsements: number, limit: number): Promise<ChampionCandidateRow[]> {
    return this.dataSource.query(
      `WITH people AS (${PEOPLE}),
       heroics AS (
         SELECT h.employee_id, count(*)::int AS stories FROM story_heroes h JOIN stories s ON s.id = h.story_id
          WHERE h.employee_id IN (SELECT id FROM people) AND ${LIVE_STORY} AND s.created_at >= $2 GROUP BY h.employee_id),
       praise AS (
         SELECT h.employee_id, count(*)::int AS endorsements FROM story_heroes h JOIN stories s ON s.id = h.story_id
           JOIN endorsements en ON en.story_id = h.story_id
          WHERE h.employee_id IN (SELECT id FROM people) AND ${LIVE_STORY} AND en.created_at >= $2 GROUP BY h.employee_id),
       customer AS (${CUSTOMER_PRAISE} AND c.employee_id IN (SELECT id FROM people)),
       thanked AS (SELECT c.employee_id, count(*)::int AS compliments FROM customer c GROUP BY c.employee_id),
       signal AS (
         SELECT p.*, COALESCE(pr.endorsements, 0) AS endorsements, COALESCE(he.stories, 0) AS stories, COALESCE(th.compliments, 0) AS compliments
           FROM people p LEFT JOIN praise pr ON pr.employee_id = p.id LEFT JOIN heroics he ON he.employee_id = p.id
           LEFT JOIN thanked th ON th.employee_id = p.id
          WHERE (COALESCE(pr.endorsements, 0) >= $3 OR COALESCE(th.compliments, 0) > 0)
            AND NOT EXISTS (SELECT 1 FROM rewards r WHERE r.recipient_id = p.id AND r.revoked_at IS NULL AND r.created_at >= $2))
       SELECT DENSE_RANK() OVER (ORDER BY sg.compliments DESC, sg.endorsements DESC, sg.stories DESC)::int AS rank, sg.id AS "employeeId", sg.name,
              sg.job_title AS "jobTitle", d.id AS "departmentId", d.name AS "departmentName",
              sg.endorsements AS "endorsementsReceived", sg.stories AS "storiesAsHero", sg.compliments AS "customerCompliments",
              latest.story_id AS "latestComplimentStoryId", latest.title AS "latestComplimentStoryTitle", latest.created_at AS "latestComplimentAt",
              (SELECT max(r.awarded_on) FROM rewards r WHERE r.recipient_id = sg.id AND r.revoked_at IS NULL) AS "lastRewardedOn"
         FROM signal sg JOIN departments d ON d.id = sg.department_id
         LEFT JOIN LATERAL (SELECT c.story_id, c.title, c.created_at FROM customer c WHERE c.employee_id = sg.id
                             ORDER BY c.created_at DESC, c.id DESC LIMIT 1) latest ON true
        ORDER BY sg.compliments DESC, sg.endorsements DESC, sg.stories DESC, sg.name, sg.id LIMIT $4`,
      [departmentIds, since, minEndorsements, limit],
    );
  }

  async topStories(employeeIds: string[], since: Date): Promise<EvidenceRow[]> {
    if (!employeeIds.length) return [];
    return this.dataSource.query(
      `SELECT "employeeId", id, title, "endorsementCount", "occurredOn" FROM (
         SELECT h.employee_id AS "employeeId", s.id, s.title, s.endorsement_count AS "endorsementCount", s.occurred_on AS "occurredOn",
                ROW_NUMBER() OVER (PARTITION BY h.employee_id ORDER BY s.endorsement_count DESC, s.created_at DESC) AS n
           FROM story_heroes h JOIN stories s ON s.id = h.story_id
          WHERE h.employee_id = ANY($1) AND ${LIVE_STORY}
            AND (s.created_at >= $2 OR EXISTS (SELECT 1 FROM endorsements en WHERE en.story_id = s.id AND en.created_at >= $2))) ranked
        WHERE n <= 3 ORDER BY "employeeId", n`,
      [employeeIds, since],
    );
  }

  /** Every current employee in scope and whether they were a hero of a story or rewarded since $2. */
  async teamMembers(departmentIds: string[] | null, since: Date): Promise<TeamMemberRow[]> {
    return this.dataSource.query(
      `WITH people AS (${PEOPLE})
       SELECT p.id AS "employeeId", p.name, p.hired_on AS "hiredOn", d.id AS "departmentId", d.name AS "departmentName",
              (EXISTS (SELECT 1 FROM story_heroes h JOIN stories s ON s.id = h.story_id WHERE h.employee_id = p.id AND ${LIVE_STORY} AND s.created_at >= $2)
               OR EXISTS (SELECT 1 FROM rewards r WHERE r.recipient_id = p.id AND r.revoked_at IS NULL AND r.created_at >= $2)) AS recognised
         FROM people p JOIN departments d ON d.id = p.department_id
        ORDER BY d.name, d.id, p.name, p.id`,
      [departmentIds, since],
    );
  }
}
