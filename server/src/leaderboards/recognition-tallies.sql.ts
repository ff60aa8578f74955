/**
 * SQL that keeps recognition_tallies current. Every statement adds signed deltas with an upsert, in the
 * caller's transaction, touching rows in (employee, period) order so concurrent writers do not deadlock.
 * Periods come from PostgreSQL's date_trunc in the company time zone ($tz), the same days as
 * common/calendar.ts periodStart().
 */
export const periodsOf = (instant: string, tz: string) => `
  (VALUES ('week'::leaderboard_period,    date_trunc('week',    ${instant} AT TIME ZONE ${tz})::date),
          ('month'::leaderboard_period,   date_trunc('month',   ${instant} AT TIME ZONE ${tz})::date),
          ('quarter'::leaderboard_period, date_trunc('quarter', ${instant} AT TIME ZONE ${tz})::date),
          ('year'::leaderboard_period,    date_trunc('year',    ${instant} AT TIME ZONE ${tz})::date),
          ('all'::leaderboard_period,     DATE '1970-01-01')) AS p(kind, start)`;

const UPSERT = `
  ON CONFLICT (period_kind, period_start, employee_id) DO UPDATE SET
    stories_as_hero = recognition_tallies.stories_as_hero + EXCLUDED.stories_as_hero,
    endorsements_received = recognition_tallies.endorsements_received + EXCLUDED.endorsements_received,
    points_received = recognition_tallies.points_received + EXCLUDED.points_received`;

/** $1 story, $2 endorsement time, $3 delta (+1/-1), $4 tz: each hero of a visible story gains or loses one. */
export const ENDORSEMENT_DELTA_SQL = `
  INSERT INTO recognition_tallies (period_kind, period_start, employee_id, stories_as_hero, endorsements_received, points_received)
  SELECT p.kind, p.start, h.employee_id, 0, $3::int, 0
    FROM story_heroes h CROSS JOIN LATERAL ${periodsOf('$2::timestamptz', '$4')}
   WHERE h.story_id = $1 AND EXISTS (SELECT 1 FROM stories s WHERE s.id = $1 AND s.status = 'published' AND s.deleted_at IS NULL)
   ORDER BY h.employee_id, p.kind
  ${UPSERT}`;

/**
 * $1 story, $2 sign (+1 adds, -1 removes), $3 tz: the whole contribution of a story to its heroes (the story
 * itself and every endorsement, each in the period it happened). Used when a story appears, is hidden,
 * deleted or unhidden, or its heroes change. Callers hold the story's row lock, so no endorsement of the
 * story commits in between.
 */
export const STORY_CONTRIBUTION_SQL = `
  INSERT INTO recognition_tallies (period_kind, period_start, employee_id, stories_as_hero, endorsements_received, points_received)
  SELECT p.kind, p.start, h.employee_id, $2::int * SUM(ev.stories)::int, $2::int * SUM(ev.endorsements)::int, 0
    FROM (SELECT s.created_at AS at, 1 AS stories, 0 AS endorsements FROM stories s WHERE s.id = $1
          UNION ALL
          SELECT en.created_at, 0, 1 FROM endorsements en WHERE en.story_id = $1) ev
    CROSS JOIN story_heroes h
    CROSS JOIN LATERAL ${periodsOf('ev.at', '$3')}
   WHERE h.story_id = $1
   GROUP BY p.kind, p.start, h.employee_id
   ORDER BY h.employee_id, p.kind
  ${UPSERT}`;

/** $1 recipient, $2 reward time, $3 signed points, $4 tz. */
export const REWARD_DELTA_SQL = `
  INSERT INTO recognition_tallies (period_kind, period_start, employee_id, stories_as_hero, endorsements_received, points_received)
  SELECT p.kind, p.start, $1::uuid, 0, 0, $3::int FROM ${periodsOf('$2::timestamptz', '$4')}
   ORDER BY p.kind
  ${UPSERT}`;

/** $1 tz: every tally as the source tables say it should be (period_kind, period_start, employee_id and the three counts). */
export const TALLIES_FROM_SOURCE_SQL = `
  SELECT p.kind AS period_kind, p.start AS period_start, ev.employee_id,
         SUM(ev.stories)::int AS stories_as_hero, SUM(ev.endorsements)::int AS endorsements_received, SUM(ev.points)::int AS points_received
    FROM (SELECT h.employee_id, s.created_at AS at, 1 AS stories, 0 AS endorsements, 0 AS points
            FROM story_heroes h JOIN stories s ON s.id = h.story_id AND s.status = 'published' AND s.deleted_at IS NULL
          UNION ALL
          SELECT h.employee_id, en.created_at, 0, 1, 0
            FROM story_heroes h JOIN stories s ON s.id = h.story_id AND s.status = 'published' AND s.deleted_at IS NULL
            JOIN endorsements en ON en.story_id = h.story_id
          UNION ALL
          SELECT r.recipient_id, r.created_at, 0, 0, r.points FROM rewards r WHERE r.revoked_at IS NULL) ev
    CROSS JOIN LATERAL ${periodsOf('ev.at', '$1')}
   GROUP BY p.kind, p.start, ev.employee_id`;

/** $1 tz: every tally from the source tables (after a bulk load, or if the time zone changes). */
export const REBUILD_ALL_SQL = `
  INSERT INTO recognition_tallies (period_kind, period_start, employee_id, stories_as_hero, endorsements_received, points_received)
  ${TALLIES_FROM_SOURCE_SQL}`;

/**
 * $1 tz, $2 employee ids or null for everyone: tallies that differ from the source tables, counted both ways
 * (zero rows left by withdrawals are not differences). 0 means the leaderboards are exact.
 */
export const TALLY_DIFFERENCES_SQL = `
  WITH actual AS (SELECT period_kind, period_start, employee_id, stories_as_hero, endorsements_received, points_received FROM recognition_tallies
                   WHERE (stories_as_hero, endorsements_received, points_received) <> (0, 0, 0) AND ($2::uuid[] IS NULL OR employee_id = ANY($2))),
       expected AS (SELECT * FROM (${TALLIES_FROM_SOURCE_SQL}) e
                     WHERE (stories_as_hero, endorsements_received, points_received) <> (0, 0, 0) AND ($2::uuid[] IS NULL OR employee_id = ANY($2)))
  SELECT ((SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) a) +
          (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) b))::int AS differences`;
