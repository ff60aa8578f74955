import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ReceivedRow {
  departmentId: string;
  departmentName: string;
  received: number;
}

export interface PairRow {
  aId: string;
  aName: string;
  bId: string;
  bName: string;
  aToB: number;
  bToA: number;
  aGave: number;
  bGave: number;
}

const LIVE_ENDORSEMENTS = `endorsements en JOIN story_heroes h ON h.story_id = en.story_id
  JOIN stories s ON s.id = en.story_id AND s.status = 'published' AND s.deleted_at IS NULL`;

@Injectable()
export class FairnessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Endorsements received since $1 by every current employee, zeros included. */
  async received(since: Date): Promise<ReceivedRow[]> {
    return this.dataSource.query(
      `SELECT d.id AS "departmentId", d.name AS "departmentName", COALESCE(x.n, 0)::int AS received
         FROM employees e JOIN departments d ON d.id = e.department_id
         LEFT JOIN (SELECT h.employee_id, count(*) AS n FROM ${LIVE_ENDORSEMENTS} WHERE en.created_at >= $1 GROUP BY h.employee_id) x ON x.employee_id = e.id
        WHERE e.left_on IS NULL
        ORDER BY d.name, d.id`,
      [since],
    );
  }

  async reciprocalPairs(since: Date, minEach: number): Promise<PairRow[]> {
    return this.dataSource.query(
      `WITH given AS (
         SELECT en.endorser_id AS giver, h.employee_id AS receiver, count(*)::int AS n
           FROM ${LIVE_ENDORSEMENTS} WHERE en.created_at >= $1 AND h.employee_id <> en.endorser_id GROUP BY 1, 2),
       totals AS (SELECT en.endorser_id AS giver, count(*)::int AS n FROM endorsements en WHERE en.created_at >= $1 GROUP BY 1)
       SELECT ab.giver AS "aId", ea.name AS "aName", ab.receiver AS "bId", eb.name AS "bName", ab.n AS "aToB", ba.n AS "bToA",
              ta.n AS "aGave", tb.n AS "bGave"
         FROM given ab JOIN given ba ON ba.giver = ab.receiver AND ba.receiver = ab.giver
         JOIN totals ta ON ta.giver = ab.giver JOIN totals tb ON tb.giver = ab.receiver
         JOIN employees ea ON ea.id = ab.giver JOIN employees eb ON eb.id = ab.receiver
        WHERE ab.giver < ab.receiver AND ab.n >= $2 AND ba.n >= $2`,
      [since, minEach],
    );
  }
}
