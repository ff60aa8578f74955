/**
 * The bare baseline's SQL, written from the schema and the API contract rather than from the app's repositories.
 * Every statement checks the session itself (the token's person still employed, the token's sign-in not revoked)
 * and returns null for the body when it fails, so that one round trip answers a request.
 */

/** The signed-in person: $1 employee id, $2 session (refresh-token family) id. */
const VIEWER = `viewer AS (
  SELECT e.id, e.role, ARRAY(SELECT dm.department_id FROM department_managers dm WHERE dm.employee_id = e.id) AS managed
    FROM employees e
   WHERE e.id = $1 AND e.left_on IS NULL
     AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.employee_id = e.id AND t.revoked_at IS NULL))`;

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const CHAMPION = `(SELECT json_build_object('period', r.champion_period, 'periodStart', r.period_start, 'department', json_build_object('id', cd.id, 'name', cd.name))
     FROM rewards r JOIN departments cd ON cd.id = r.champion_department_id
    WHERE r.recipient_id = e.id AND r.kind = 'champion' AND r.revoked_at IS NULL AND r.period_start >= CURRENT_DATE - 365
    ORDER BY r.period_start DESC, r.champion_period DESC LIMIT 1)`;

/** What every viewer sees of a story `s` (author `a`), as a JSON object without its closing brace. */
const SHARED_CARD = `json_build_object(
    'id', s.id, 'title', s.title, 'situation', s.situation, 'action', s.action, 'impact', s.impact, 'occurredOn', s.occurred_on,
    'channel', s.channel, 'resolvedWithoutHandoff', s.resolved_without_handoff, 'customerQuote', s.customer_quote,
    'author', json_build_object('id', a.id, 'name', a.name),
    'heroes', (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'name', e.name, 'department', json_build_object('id', d.id, 'name', d.name), 'champion', ${CHAMPION}) ORDER BY e.name), '[]')
                 FROM story_heroes sh JOIN employees e ON e.id = sh.employee_id JOIN departments d ON d.id = sh.department_id WHERE sh.story_id = s.id),
    'values', (SELECT COALESCE(json_agg(json_build_object('id', cv.id, 'name', cv.name) ORDER BY cv.name), '[]')
                 FROM story_values sv JOIN company_values cv ON cv.id = sv.value_id WHERE sv.story_id = s.id),
    'endorsementCount', s.endorsement_count, 'status', s.status, 'featured', s.featured_at IS NOT NULL,
    'rewarded', EXISTS (SELECT 1 FROM rewards r WHERE r.story_id = s.id AND r.revoked_at IS NULL),
    'createdAt', ${ISO('s.created_at')}, 'editedAt', ${ISO('s.edited_at')}, 'version', s.version)`;

const MODERATES = `(v.role = 'admin' OR (v.role = 'manager' AND EXISTS (SELECT 1 FROM story_heroes mh WHERE mh.story_id = s.id AND mh.department_id = ANY (v.managed))))`;

/** The whole card for viewer `v`: the shared part and the viewer's own facts. */
const CARD = `rtrim(${SHARED_CARD}::text, '}') || ', "endorsedByMe" : ' || EXISTS (SELECT 1 FROM endorsements en WHERE en.story_id = s.id AND en.endorser_id = v.id)
   || ', "canEdit" : ' || (s.author_id = v.id AND s.deleted_at IS NULL AND s.created_at >= now() - interval '7 days')
   || ', "canModerate" : ' || ${MODERATES}
   || ', "canFeature" : ' || (${MODERATES} AND NOT EXISTS (SELECT 1 FROM story_heroes fh WHERE fh.story_id = s.id AND fh.employee_id = v.id))
   || CASE WHEN s.author_id = v.id OR ${MODERATES} THEN ', "hiddenReason" : ' || COALESCE(to_json(s.hidden_reason)::text, 'null') ELSE '' END || '}'`;

/** The cursor the API hands out: base64url of ["<createdAt ISO>","<id>"]. */
const CURSOR = (createdAt: string, id: string) =>
  `translate(encode(convert_to('["' || ${ISO(createdAt)} || '","' || ${id} || '"]', 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

function feedStatement(pageSql: string): string {
  return `WITH ${VIEWER},
  page AS (${pageSql}),
  numbered AS (SELECT p.id, p.created_at, row_number() OVER (ORDER BY p.created_at DESC, p.id DESC) AS n FROM page p)
  SELECT '{"items" : [' || COALESCE((SELECT string_agg(${CARD}, ', ' ORDER BY p.n)
                                      FROM numbered p JOIN stories s ON s.id = p.id JOIN employees a ON a.id = s.author_id CROSS JOIN viewer v WHERE p.n <= 20), '')
         || '], "nextCursor" : ' || COALESCE((SELECT '"' || ${CURSOR('p.created_at', 'p.id')} || '"' FROM numbered p WHERE p.n = 20 AND EXISTS (SELECT 1 FROM numbered q WHERE q.n = 21)), 'null') AS body
   WHERE EXISTS (SELECT 1 FROM viewer)`;
}

const LIVE = `s.deleted_at IS NULL AND s.status = 'published'`;

/** The viewer's own facts of card `s` as the tail of its JSON object (closing brace included). */
const VIEWER_PART = `', "endorsedByMe" : ' || EXISTS (SELECT 1 FROM endorsements en WHERE en.story_id = s.id AND en.endorser_id = v.id)
   || ', "canEdit" : ' || (s.author_id = v.id AND s.deleted_at IS NULL AND s.created_at >= now() - interval '7 days')
   || ', "canModerate" : ' || ${MODERATES}
   || ', "canFeature" : ' || (${MODERATES} AND NOT EXISTS (SELECT 1 FROM story_heroes fh WHERE fh.story_id = s.id AND fh.employee_id = v.id))
   || CASE WHEN s.author_id = v.id OR ${MODERATES} THEN ', "hiddenReason" : ' || COALESCE(to_json(s.hidden_reason)::text, 'null') ELSE '' END || '}'`;

/** With the app's freshness rules: the page's ids and the viewer's facts live, in one statement; the shared card parts come from a 5-second cache. */
function feedIdsStatement(pageSql: string): string {
  return `WITH ${VIEWER},
  page AS (${pageSql}),
  numbered AS (SELECT p.id, p.created_at, row_number() OVER (ORDER BY p.created_at DESC, p.id DESC) AS n FROM page p)
  SELECT p.id, p.n, ${VIEWER_PART} AS mine, CASE WHEN p.n = 20 THEN ${CURSOR('p.created_at', 'p.id')} END AS cursor
    FROM numbered p JOIN stories s ON s.id = p.id CROSS JOIN viewer v ORDER BY p.n`;
}

export const BARE_SQL = {
  feedFirst: feedStatement(`SELECT s.id, s.created_at FROM stories s WHERE ${LIVE} ORDER BY s.created_at DESC, s.id DESC LIMIT 21`),
  feedAfter: feedStatement(
    `SELECT s.id, s.created_at FROM stories s WHERE ${LIVE} AND (s.created_at, s.id) < ($3::timestamptz, $4::uuid) ORDER BY s.created_at DESC, s.id DESC LIMIT 21`,
  ),
  feedPerson: feedStatement(`SELECT sh.story_id AS id, sh.story_created_at AS created_at FROM story_heroes sh JOIN stories s ON s.id = sh.story_id
                              WHERE ${LIVE} AND sh.employee_id = $3 ORDER BY sh.story_created_at DESC, sh.story_id DESC LIMIT 21`),
  feedIdsFirst: '',
  feedIdsAfter: '',
  feedIdsPerson: '',
  /** The shared part of the cards of $1 (uuid[]), each without its closing brace. */
  sharedCards: `SELECT s.id, rtrim(${SHARED_CARD}::text, '}') AS shared FROM stories s JOIN employees a ON a.id = s.author_id WHERE s.id = ANY ($1::uuid[])`,
  /** The viewer's own row of a board: $3 kind, $4 start, $5 department (or null). */
  viewerTally: `WITH ${VIEWER}
    SELECT (SELECT json_build_object('employeeId', t.employee_id, 'name', e.name, 'department', json_build_object('id', d.id, 'name', d.name),
              'storiesAsHero', t.stories_as_hero, 'endorsementsReceived', t.endorsements_received, 'pointsReceived', t.points_received,
              'score', 10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10)::text
              FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id JOIN departments d ON d.id = e.department_id
             WHERE t.period_kind = $3 AND t.period_start = $4::date AND t.employee_id = $1 AND e.left_on IS NULL AND ($5::uuid IS NULL OR e.department_id = $5)
               AND 10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10 > 0) AS me
     WHERE EXISTS (SELECT 1 FROM viewer)`,
  /** A board ranked without a viewer: the top 100 as entries without their rank, and how many people hold each score. $1 kind, $2 start, $3 department (or null). */
  rankBoard: `WITH board AS (
    SELECT t.employee_id, e.name, e.department_id, t.stories_as_hero, t.endorsements_received, t.points_received,
           (10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10) AS score
      FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id
     WHERE t.period_kind = $1 AND t.period_start = $2::date AND e.left_on IS NULL AND ($3::uuid IS NULL OR e.department_id = $3)
       AND (10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10) > 0)
    SELECT (SELECT json_agg(json_build_object('employeeId', b.employee_id, 'score', b.score, 'entry', json_build_object('employeeId', b.employee_id, 'name', b.name,
              'department', json_build_object('id', d.id, 'name', d.name), 'storiesAsHero', b.stories_as_hero, 'endorsementsReceived', b.endorsements_received,
              'pointsReceived', b.points_received, 'score', b.score)::text) ORDER BY b.score DESC, b.name, b.employee_id)
              FROM (SELECT * FROM board ORDER BY score DESC, name, employee_id LIMIT 100) b JOIN departments d ON d.id = b.department_id) AS top,
           (SELECT json_agg(json_build_object('score', v.score, 'people', v.people) ORDER BY v.score DESC) FROM (SELECT score, count(*) AS people FROM board GROUP BY score) v) AS "values"`,
  story: `WITH ${VIEWER}
    SELECT ${CARD} AS body FROM stories s JOIN employees a ON a.id = s.author_id CROSS JOIN viewer v
     WHERE s.id = $3 AND s.deleted_at IS NULL AND (s.status <> 'hidden' OR s.author_id = v.id OR ${MODERATES})`,
  /** $3 period kind, $4 period start, $5 period end (or null), $6 department (or null), $7 time zone, $8 score formula. */
  leaderboard: `WITH ${VIEWER},
  board AS (
    SELECT t.employee_id, e.name, e.department_id, t.stories_as_hero, t.endorsements_received, t.points_received,
           (10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10) AS score
      FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id
     WHERE t.period_kind = $3 AND t.period_start = $4::date AND e.left_on IS NULL AND ($6::uuid IS NULL OR e.department_id = $6)
       AND (10 * t.stories_as_hero + 3 * t.endorsements_received + t.points_received / 10) > 0),
  ranked AS (
    SELECT b.*, dense_rank() OVER (ORDER BY b.score DESC) AS rank, row_number() OVER (ORDER BY b.score DESC, b.name, b.employee_id) AS position FROM board b),
  entries AS (
    SELECT r.position, r.employee_id, json_build_object('rank', r.rank, 'employeeId', r.employee_id, 'name', r.name, 'department', json_build_object('id', d.id, 'name', d.name),
             'value', r.score, 'storiesAsHero', r.stories_as_hero, 'endorsementsReceived', r.endorsements_received, 'pointsReceived', r.points_received, 'score', r.score) AS entry
      FROM ranked r JOIN departments d ON d.id = r.department_id WHERE r.position <= 20 OR r.employee_id = $1)
  SELECT json_build_object('period', $3::text, 'periodStart', $4::text, 'periodEnd', $5::text, 'metric', 'score', 'departmentId', $6::uuid,
           'participants', (SELECT count(*) FROM board),
           'items', COALESCE((SELECT json_agg(entry ORDER BY position) FROM entries WHERE position <= 20), '[]'),
           'me', (SELECT entry FROM entries WHERE employee_id = $1), 'scoreFormula', $8::text, 'timeZone', $7::text)::text AS body
   WHERE EXISTS (SELECT 1 FROM viewer)`,
  /** Endorse as one data-modifying statement: the row, the story's counter, each hero's tallies for every period, the notifications. $3 story, $4 time zone. */
  endorse: `WITH ${VIEWER},
  story AS (
    SELECT s.id, s.author_id FROM stories s CROSS JOIN viewer v
     WHERE s.id = $3 AND ${LIVE} AND s.author_id <> v.id AND NOT EXISTS (SELECT 1 FROM story_heroes h WHERE h.story_id = s.id AND h.employee_id = v.id)),
  inserted AS (
    INSERT INTO endorsements (story_id, endorser_id) SELECT story.id, v.id FROM story CROSS JOIN viewer v ON CONFLICT DO NOTHING RETURNING story_id, created_at),
  counted AS (UPDATE stories s SET endorsement_count = s.endorsement_count + 1 FROM inserted i WHERE s.id = i.story_id RETURNING s.endorsement_count),
  ${tallies('inserted', 1)},
  notified AS (
    INSERT INTO notifications (recipient_id, kind, story_id, actor_id)
    SELECT DISTINCT r.id, 'story_endorsed'::notification_kind, i.story_id, v.id
      FROM inserted i CROSS JOIN viewer v
      CROSS JOIN LATERAL (SELECT st.author_id AS id FROM story st UNION SELECT h.employee_id FROM story_heroes h WHERE h.story_id = i.story_id) r
    RETURNING 1)
  SELECT '{"endorsementCount" : ' || (SELECT endorsement_count FROM counted) || ', "endorsedByMe" : true}' AS body,
         EXISTS (SELECT 1 FROM story) AS allowed, (SELECT count(*) FROM tallied) + (SELECT count(*) FROM notified) AS writes
   WHERE EXISTS (SELECT 1 FROM viewer)`,
  withdraw: `WITH ${VIEWER},
  removed AS (DELETE FROM endorsements en USING viewer v WHERE en.story_id = $3 AND en.endorser_id = v.id RETURNING en.story_id, en.created_at),
  counted AS (UPDATE stories s SET endorsement_count = s.endorsement_count - 1 FROM removed r WHERE s.id = r.story_id RETURNING s.endorsement_count),
  ${tallies('removed', -1)}
  SELECT '{"endorsementCount" : ' || (SELECT endorsement_count FROM counted) || ', "endorsedByMe" : false}' AS body, (SELECT count(*) FROM tallied) AS writes
   WHERE EXISTS (SELECT 1 FROM viewer)`,
};

/** Each hero's tallies for the week, month, quarter, year and all time of the endorsement, moved by `delta` (rows in heroes' order, as every writer takes them). */
function tallies(source: string, delta: 1 | -1): string {
  return `tallied AS (
    INSERT INTO recognition_tallies (period_kind, period_start, employee_id, stories_as_hero, endorsements_received, points_received)
    SELECT k.kind::leaderboard_period, CASE WHEN k.kind = 'all' THEN DATE '1970-01-01' ELSE date_trunc(k.kind, x.created_at AT TIME ZONE $4)::date END, h.employee_id, 0, ${delta}, 0
      FROM ${source} x JOIN stories st ON st.id = x.story_id AND st.status = 'published' AND st.deleted_at IS NULL
      JOIN story_heroes h ON h.story_id = x.story_id CROSS JOIN (VALUES ('week'), ('month'), ('quarter'), ('year'), ('all')) k(kind)
     ORDER BY h.employee_id, 1
    ON CONFLICT (period_kind, period_start, employee_id) DO UPDATE SET endorsements_received = recognition_tallies.endorsements_received + EXCLUDED.endorsements_received
    RETURNING 1)`;
}

BARE_SQL.feedIdsFirst = feedIdsStatement(`SELECT s.id, s.created_at FROM stories s WHERE ${LIVE} ORDER BY s.created_at DESC, s.id DESC LIMIT 21`);
BARE_SQL.feedIdsAfter = feedIdsStatement(
  `SELECT s.id, s.created_at FROM stories s WHERE ${LIVE} AND (s.created_at, s.id) < ($3::timestamptz, $4::uuid) ORDER BY s.created_at DESC, s.id DESC LIMIT 21`,
);
BARE_SQL.feedIdsPerson = feedIdsStatement(`SELECT sh.story_id AS id, sh.story_created_at AS created_at FROM story_heroes sh JOIN stories s ON s.id = sh.story_id
                              WHERE ${LIVE} AND sh.employee_id = $3 ORDER BY sh.story_created_at DESC, sh.story_id DESC LIMIT 21`);

/** Today's work anniversaries in a scope (read once a day by both variants, as the app reads them at most every 5 minutes): $1 today, $2 person (or null). */
export const ANNIVERSARIES_SQL = `SELECT e.id, e.name, d.id AS "departmentId", d.name AS "departmentName", e.hired_on::text AS "hiredOn"
    FROM employees e JOIN departments d ON d.id = e.department_id
   WHERE e.left_on IS NULL AND e.hired_on < $1::date AND extract(month FROM e.hired_on) IN (extract(month FROM $1::date), 2)
     AND ($2::uuid IS NULL OR e.id = $2)
   ORDER BY e.hired_on, e.name`;
