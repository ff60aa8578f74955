import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { LeaderboardMetric } from './dto/leaderboard.dto';
import { LeaderboardPeriod } from './recognition-tally.entity';

export interface LeaderboardRow {
  rank: number;
  employeeId: string;
  name: string;
  departmentId: string;
  departmentName: string;
  storiesAsHero: number;
  endorsementsReceived: number;
  pointsReceived: number;
  score: number;
  value: number;
  participants: number;
  isViewer: boolean;
  position: number;
}

const SCORE = '(10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10)';
const METRIC_SQL: Record<LeaderboardMetric, string> = {
  stories: 't.stories_as_hero',
  endorsements: 't.endorsements_received',
  points: 't.points_received',
  score: SCORE,
};

export interface LeaderboardFilter {
  period: LeaderboardPeriod;
  periodStart: string;
  metric: LeaderboardMetric;
  departmentId?: string;
  includeLeavers: boolean;
  limit: number;
  viewerId: string | null;
}

export type BoardScope = Omit<LeaderboardFilter, 'limit' | 'viewerId'>;

export type ViewerTallyRow = Omit<LeaderboardRow, 'rank' | 'position' | 'participants' | 'isViewer'>;

@Injectable()
export class LeaderboardsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One period's tallies ranked (dense) by the metric: the top `limit` rows plus the viewer's own row. */
  async board(filter: LeaderboardFilter): Promise<LeaderboardRow[]> {
    const metric = METRIC_SQL[filter.metric];
    return this.dataSource.query(
      `WITH board AS (
         SELECT t.employee_id, t.stories_as_hero, t.endorsements_received, t.points_received, ${SCORE} AS score, ${metric} AS value
           FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id
          WHERE t.period_kind = $1 AND t.period_start = $2 AND ${metric} > 0
            AND ($3::uuid IS NULL OR e.department_id = $3) AND ($4::boolean OR e.left_on IS NULL)),
       ranked AS (
         SELECT b.*, e.name, e.department_id,
                DENSE_RANK() OVER (ORDER BY b.value DESC)::int AS rank,
                ROW_NUMBER() OVER (ORDER BY b.value DESC, e.name, e.id)::int AS position,
                COUNT(*) OVER ()::int AS participants
           FROM board b JOIN employees e ON e.id = b.employee_id)
       SELECT r.rank, r.position, r.employee_id AS "employeeId", r.name, d.id AS "departmentId", d.name AS "departmentName",
              r.stories_as_hero AS "storiesAsHero", r.endorsements_received AS "endorsementsReceived",
              r.points_received AS "pointsReceived", r.score, r.value, r.participants, r.employee_id = $6 AS "isViewer"
         FROM ranked r JOIN departments d ON d.id = r.department_id
        WHERE r.position <= $5 OR r.employee_id = $6
        ORDER BY r.position`,
      [filter.period, filter.periodStart, filter.departmentId ?? null, filter.includeLeavers, filter.limit, filter.viewerId],
    );
  }

  /** How many people hold each value of the metric (highest first): ranks for anyone, without ranking everyone again. */
  async valueCounts(scope: BoardScope): Promise<{ value: number; people: number }[]> {
    const metric = METRIC_SQL[scope.metric];
    const rows: { value: string; people: number }[] = await this.dataSource.query(
      `SELECT ${metric} AS value, count(*)::int AS people
         FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id
        WHERE t.period_kind = $1 AND t.period_start = $2 AND ${metric} > 0
          AND ($3::uuid IS NULL OR e.department_id = $3) AND ($4::boolean OR e.left_on IS NULL)
        GROUP BY 1 ORDER BY 1 DESC`,
      [scope.period, scope.periodStart, scope.departmentId ?? null, scope.includeLeavers],
    );
    return rows.map((r) => ({ value: Number(r.value), people: r.people }));
  }

  /** One person's tally in this board (a primary-key lookup), or null when they are not on it. */
  async viewerTally(scope: BoardScope, viewerId: string): Promise<ViewerTallyRow | null> {
    const metric = METRIC_SQL[scope.metric];
    // On every leaderboard request: prepared (a primary-key probe; the optional filters only test the one row found).
    const [row] = await preparedQuery<ViewerTallyRow>(
      this.dataSource,
      `SELECT t.employee_id AS "employeeId", e.name, d.id AS "departmentId", d.name AS "departmentName",
              t.stories_as_hero AS "storiesAsHero", t.endorsements_received AS "endorsementsReceived",
              t.points_received AS "pointsReceived", ${SCORE} AS score, ${metric} AS value
         FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id JOIN departments d ON d.id = e.department_id
        WHERE t.period_kind = $1 AND t.period_start = $2 AND t.employee_id = $5 AND ${metric} > 0
          AND ($3::uuid IS NULL OR e.department_id = $3) AND ($4::boolean OR e.left_on IS NULL)`,
      [scope.period, scope.periodStart, scope.departmentId ?? null, scope.includeLeavers, viewerId],
    );
    return row ?? null;
  }
}
