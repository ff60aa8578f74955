import { Client } from 'pg';
import { periodStart, todayIn } from '../../server/src/common/calendar';
import { seedDemoCompany } from '../../server/src/database/seed/demo-company';
import { TALLY_DIFFERENCES_SQL } from '../../server/src/leaderboards/recognition-tallies.sql';
import { POINTS_BALANCE_DIFFERENCES_SQL } from '../../server/src/points/points.sql';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/** The demo company that `npm start` loads on a fresh machine, in a database of its own. */
describe('the demo company', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_demo');
    expect(await seedDemoCompany(database.url, 'UTC')).toBe(true);
    client = new Client({ connectionString: database.url });
    await client.connect();
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await database?.dispose();
  });

  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;

  it('loads only into an empty database', async () => {
    expect(await seedDemoCompany(database.url, 'UTC')).toBe(false);
  });

  it('has a dozen quick kudos from the last two weeks, between people employed today, never to themselves', async () => {
    const kudos = (
      await client.query(
        `SELECT k.giver_id = k.hero_id AS self, g.left_on IS NULL AND h.left_on IS NULL AS employed, k.created_at > now() - interval '15 days' AS recent
           FROM quick_kudos k JOIN employees g ON g.id = k.giver_id JOIN employees h ON h.id = k.hero_id`,
      )
    ).rows as { self: boolean; employed: boolean; recent: boolean }[];
    expect(kudos).toHaveLength(12);
    expect(kudos.every((k) => !k.self && k.employed && k.recent)).toBe(true);
  });

  it('has a catalogue of about fifteen items, some redemptions, and balances equal to their ledger recomputed', async () => {
    const catalogue = await one<{ items: number; live: number; categories: number; withImage: number }>(
      `SELECT count(*)::int AS items, count(*) FILTER (WHERE retired_at IS NULL)::int AS live, count(DISTINCT category)::int AS categories,
              count(*) FILTER (WHERE image_id IS NOT NULL)::int AS "withImage" FROM catalogue_items`,
    );
    expect(catalogue.items).toBeGreaterThanOrEqual(13);
    expect(catalogue.items).toBeLessThanOrEqual(18);
    expect(catalogue.categories).toBeGreaterThanOrEqual(5);
    expect(catalogue.withImage).toBe(catalogue.items);
    const redemptions = (await client.query(`SELECT status, count(*)::int AS n FROM redemptions GROUP BY status`)).rows as { status: string; n: number }[];
    const byStatus = Object.fromEntries(redemptions.map((r) => [r.status, r.n]));
    expect(byStatus.fulfilled).toBeGreaterThanOrEqual(3);
    expect(byStatus.pending).toBeGreaterThanOrEqual(1);
    expect((await client.query(POINTS_BALANCE_DIFFERENCES_SQL)).rows).toEqual([]);
    const { balances, rewarded } = await one<{ balances: number; rewarded: number }>(
      `SELECT (SELECT count(*)::int FROM points_accounts WHERE balance > 0) AS balances,
              (SELECT count(DISTINCT recipient_id)::int FROM rewards WHERE points > 0 AND revoked_at IS NULL) AS rewarded`,
    );
    expect(balances).toBeGreaterThan(10);
    expect(balances).toBeLessThanOrEqual(rewarded);
    expect((await client.query('SELECT count(*)::int AS n FROM catalogue_items WHERE stock < 0')).rows[0].n).toBe(0);
  });

  it('has about sixty rewards from managers to people in their departments', async () => {
    const { rewards, outOfScope, selfRewards } = await one<{ rewards: number; outOfScope: number; selfRewards: number }>(
      `SELECT count(*)::int AS rewards,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM department_managers dm WHERE dm.employee_id = r.giver_id AND dm.department_id = r.recipient_department_id))::int AS "outOfScope",
              count(*) FILTER (WHERE r.giver_id = r.recipient_id)::int AS "selfRewards"
         FROM rewards r`,
    );
    expect(rewards).toBeGreaterThanOrEqual(45);
    expect(rewards).toBeLessThanOrEqual(75);
    expect(outOfScope).toBe(0);
    expect(selfRewards).toBe(0);
  });

  it('names a champion per department for each of the last three months', async () => {
    const today = todayIn('UTC');
    const { rows } = await client.query(`SELECT period_start AS "periodStart", count(*)::int AS n FROM rewards WHERE kind = 'champion' GROUP BY 1 ORDER BY 1`);
    expect(rows).toHaveLength(3);
    expect(rows[2].periodStart < periodStart('month', today)).toBe(true);
    const departments = (await one<{ n: number }>('SELECT count(*)::int AS n FROM departments')).n;
    for (const row of rows) expect(row.n).toBe(departments);
  });

  it('gives every manager a budget that covers what they gave, with room left this quarter', async () => {
    const { mismatched } = await one<{ mismatched: number }>(
      `SELECT count(*)::int AS mismatched FROM reward_budgets b
        WHERE b.spent <> (SELECT COALESCE(sum(points), 0) FROM rewards r WHERE r.giver_id = b.holder_id AND r.budget_quarter = b.quarter_start AND r.revoked_at IS NULL)
           OR b.spent > b.points`,
    );
    expect(mismatched).toBe(0);
    const marcus = await one<{ points: number; spent: number }>(
      `SELECT b.points, b.spent FROM reward_budgets b JOIN employees e ON e.id = b.holder_id WHERE e.email = 'manager@larkspur.example' AND b.quarter_start = $1`,
      [periodStart('quarter', todayIn('UTC'))],
    );
    expect(marcus.points).toBe(3000);
    expect(marcus.points - marcus.spent).toBeGreaterThan(500);
  });

  it('builds the leaderboard tallies from the stories, endorsements and rewards it loaded', async () => {
    const { tallies } = await one<{ tallies: number }>('SELECT count(*)::int AS tallies FROM recognition_tallies');
    expect(tallies).toBeGreaterThan(100);
    expect(await one(TALLY_DIFFERENCES_SQL, ['UTC', null])).toEqual({ differences: 0 });
  });
});
