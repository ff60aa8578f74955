import { Client } from 'pg';
import { DatabaseNotEmptyError, LEAVER_SHARE, seedLargeCompany, sizeAtScale } from '../../tools/src/seed-large/large-company';
import { TALLY_DIFFERENCES_SQL } from '../../server/src/leaderboards/recognition-tallies.sql';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/**
 * `npm run seed:large` at 1/200 of its size (500 people, 5,000 stories, 25,000 endorsements, 1,000 rewards), in a
 * database of its own: the data obeys the rules the app enforces, and the aggregates it builds are exact.
 */
describe('the large data set', () => {
  const size = sizeAtScale(0.005);
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_large');
    await seedLargeCompany(database.url, { size, timeZone: 'UTC' });
    client = new Client({ connectionString: database.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await database?.dispose();
  });

  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;

  it('has the sizes asked for, with about 15% leavers', async () => {
    const counts = await one<Record<string, number>>(
      `SELECT (SELECT count(*) FROM employees)::int AS employees, (SELECT count(*) FROM departments)::int AS departments,
              (SELECT count(*) FROM stories)::int AS stories, (SELECT count(*) FROM endorsements)::int AS endorsements,
              (SELECT count(*) FROM rewards)::int AS rewards, (SELECT avg((left_on IS NOT NULL)::int) FROM employees)::float AS leavers`,
    );
    expect(counts).toMatchObject({ employees: size.employees, departments: size.departments, stories: size.stories, rewards: size.rewards });
    expect(counts.endorsements).toBeGreaterThan(size.endorsements * 0.97);
    expect(counts.endorsements).toBeLessThan(size.endorsements * 1.03);
    expect(counts.leavers).toBeGreaterThan(LEAVER_SHARE - 0.06);
    expect(counts.leavers).toBeLessThan(LEAVER_SHARE + 0.06);
  });

  it('is skewed: the most endorsed tenth of people receive far more than their share', async () => {
    const { topShare } = await one<{ topShare: number }>(
      `WITH received AS (SELECT endorsements_received AS n, ntile(10) OVER (ORDER BY endorsements_received DESC) AS tenth
                           FROM recognition_tallies WHERE period_kind = 'all')
       SELECT (sum(n) FILTER (WHERE tenth = 1))::float / sum(n) AS "topShare" FROM received`,
    );
    expect(topShare).toBeGreaterThan(0.25);
  });

  it('keeps the rules the app enforces: no one endorses their own story or twice, only while employed, and stories are told while the hero was employed', async () => {
    const broken = await one<Record<string, number>>(
      `SELECT
         (SELECT count(*) FROM endorsements en JOIN stories s ON s.id = en.story_id
           WHERE en.endorser_id = s.author_id OR EXISTS (SELECT 1 FROM story_heroes h WHERE h.story_id = s.id AND h.employee_id = en.endorser_id))::int AS "ownStory",
         (SELECT count(*) FROM endorsements en JOIN employees e ON e.id = en.endorser_id
           WHERE (en.created_at AT TIME ZONE 'UTC')::date < e.hired_on OR (en.created_at AT TIME ZONE 'UTC')::date > e.left_on)::int AS "endorsedWhileAway",
         (SELECT count(*) FROM endorsements en JOIN stories s ON s.id = en.story_id WHERE en.created_at < s.created_at)::int AS "endorsedBeforeTold",
         (SELECT count(*) FROM story_heroes h JOIN employees e ON e.id = h.employee_id
           WHERE (h.story_created_at AT TIME ZONE 'UTC')::date < e.hired_on OR (h.story_created_at AT TIME ZONE 'UTC')::date > e.left_on)::int AS "heroAway",
         (SELECT count(*) FROM story_heroes h JOIN stories s ON s.id = h.story_id WHERE h.story_created_at <> s.created_at)::int AS "heroTimeMismatch",
         (SELECT count(*) FROM stories s WHERE s.created_at > now())::int AS "future"`,
    );
    expect(broken).toEqual({ ownStory: 0, endorsedWhileAway: 0, endorsedBeforeTold: 0, heroAway: 0, heroTimeMismatch: 0, future: 0 });
  });

  it('builds what the app reads exactly: story counters, budgets, leaderboard tallies, one champion per department and month, a badge for each badge reward', async () => {
    const checks = await one<Record<string, number>>(
      `SELECT
         (SELECT count(*) FROM stories s WHERE s.endorsement_count <> (SELECT count(*) FROM endorsements e WHERE e.story_id = s.id))::int AS "counterMismatches",
         (SELECT count(*) FROM reward_budgets b WHERE b.spent <> COALESCE((SELECT sum(points) FROM rewards r WHERE r.giver_id = b.holder_id
                 AND r.budget_quarter = b.quarter_start AND r.revoked_at IS NULL), 0))::int AS "budgetMismatches",
         (SELECT count(*) FROM rewards r WHERE NOT EXISTS (SELECT 1 FROM department_managers m WHERE m.employee_id = r.giver_id
                 AND m.department_id = r.recipient_department_id) OR r.giver_id = r.recipient_id)::int AS "rewardsOutOfScope",
         (SELECT count(*) FROM (SELECT champion_department_id, period_start FROM rewards WHERE kind = 'champion' AND revoked_at IS NULL
                 GROUP BY 1, 2 HAVING count(*) > 1) twice)::int AS "doubleChampions",
         (SELECT count(*) FROM rewards WHERE kind = 'badge' AND badge_id IS NULL)::int AS "badgeRewardsWithoutBadge",
         (SELECT count(DISTINCT badge_id) FROM rewards WHERE kind = 'badge')::int AS "badgesGiven"`,
    );
    expect(checks).toMatchObject({ counterMismatches: 0, budgetMismatches: 0, rewardsOutOfScope: 0, doubleChampions: 0, badgeRewardsWithoutBadge: 0 });
    expect(checks.badgesGiven).toBeGreaterThan(1);
    expect((await one<{ differences: number }>(TALLY_DIFFERENCES_SQL, ['UTC', null])).differences).toBe(0);
  });

  it('puts back every index and constraint exactly as the migrations define them, and signs in three people', async () => {
    const schemaOf = async (url: string) => {
      const reader = new Client({ connectionString: url });
      await reader.connect();
      try {
        const indexes = await reader.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`);
        const constraints = await reader.query(
          `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`,
        );
        return { indexes: indexes.rows, constraints: constraints.rows };
      } finally {
        await reader.end();
      }
    };
    const migrated = await createSiblingDatabase('heroics_schema');
    try {
      expect(await schemaOf(database.url)).toEqual(await schemaOf(migrated.url));
    } finally {
      await migrated.dispose();
    }
    const { signIns } = await one<{ signIns: number }>(`SELECT count(*)::int AS "signIns" FROM employees WHERE password_hash IS NOT NULL AND left_on IS NULL`);
    expect(signIns).toBe(3);
  });

  it('only loads into an empty database', async () => {
    await expect(seedLargeCompany(database.url, { size, timeZone: 'UTC' })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
  });
});
