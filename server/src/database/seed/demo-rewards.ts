import { Client } from 'pg';
import { addDays, periodStart, todayIn } from '../../common/calendar';
import { mulberry32 } from './seeded-random';

const CITATIONS = [
  'Owned the customer’s problem from the first call to the last.',
  'Solved it on the first contact when a hand-off would have been easier.',
  'Walked the customer to the right person instead of pointing.',
  'Bent the rule the right way and told us why: exactly what we want.',
  'Calm under pressure with a customer who needed patience.',
  'Turned a complaint into a thank-you note.',
];

interface StoryCandidate {
  storyId: string;
  createdAt: Date;
  heroId: string;
  departmentId: string;
  endorsements: number;
}

/**
 * About 60 rewards from each department's manager over the last months: points, badges and gifts for
 * well-endorsed stories older than 30 days (recent peer-nominated stories stay in the review queue), and a
 * champion per department for each of the last three months. Budgets for every manager and admin cover
 * what they gave, with room left this quarter.
 */
export async function seedDemoRewards(client: Client, timeZone: string): Promise<void> {
  const random = mulberry32(4242);
  const today = todayIn(timeZone);
  const { rows: managers } = await client.query<{ departmentId: string; managerId: string }>(
    `SELECT DISTINCT ON (dm.department_id) dm.department_id AS "departmentId", dm.employee_id AS "managerId"
       FROM department_managers dm JOIN employees e ON e.id = dm.employee_id WHERE e.left_on IS NULL ORDER BY dm.department_id, e.name`,
  );
  const managerOf = new Map(managers.map((m) => [m.departmentId, m.managerId]));
  const { rows: candidates } = await client.query<StoryCandidate>(
    `SELECT s.id AS "storyId", s.created_at AS "createdAt", h.employee_id AS "heroId", e.department_id AS "departmentId", s.endorsement_count AS endorsements
       FROM stories s JOIN story_heroes h ON h.story_id = s.id JOIN employees e ON e.id = h.employee_id
      WHERE s.created_at < now() - interval '30 days' AND e.left_on IS NULL AND s.status = 'published' AND s.deleted_at IS NULL
      ORDER BY s.endorsement_count DESC, s.created_at DESC, h.employee_id`,
  );
  // The badges the migrations seed; each badge reward gives one in turn (not from the random stream, so the rest of the demo stays as it was).
  const { rows: badges } = await client.query<{ id: string }>(`SELECT id FROM badges WHERE retired_at IS NULL ORDER BY name, id`);
  const rewarded = new Set<string>();
  const rewards: {
    giverId: string;
    recipientId: string;
    departmentId: string;
    storyId: string | null;
    kind: string;
    points: number;
    badgeId?: string | null;
    citation: string;
    at: Date;
    champion?: { period: string; start: string };
  }[] = [];
  for (const c of candidates) {
    if (rewards.length >= 42) break;
    const giverId = managerOf.get(c.departmentId);
    if (!giverId || giverId === c.heroId || rewarded.has(c.storyId) || random() < 0.35) continue;
    rewarded.add(c.storyId);
    const roll = random();
    const kind = roll < 0.65 ? 'points' : roll < 0.85 ? 'badge' : 'gift';
    const points = kind === 'points' ? 50 + 25 * Math.floor(random() * 9) : kind === 'gift' ? 100 : 0;
    const at = new Date(Math.min(new Date(c.createdAt).getTime() + (1 + Math.floor(random() * 5)) * 86400_000, Date.now() - 86400_000));
    rewards.push({
      giverId,
      recipientId: c.heroId,
      departmentId: c.departmentId,
      storyId: c.storyId,
      kind,
      points,
      badgeId: kind === 'badge' && badges.length ? badges[rewards.length % badges.length].id : null,
      citation: CITATIONS[Math.floor(random() * CITATIONS.length)],
      at,
    });
  }
  // Champions of the last three months: the department's most endorsed current hero that month, else of the
  // half year before, else its longest-serving staff member; never its manager.
  for (let back = 3; back >= 1; back--) {
    const monthStart = periodStart('month', addDays(periodStart('month', today), -28 * back));
    const nextMonth = periodStart('month', addDays(monthStart, 32));
    for (const [departmentId, giverId] of managerOf) {
      const { rows } = await client.query<{ heroId: string }>(
        `SELECT e.id AS "heroId" FROM employees e
           LEFT JOIN story_heroes h ON h.employee_id = e.id
           LEFT JOIN stories s ON s.id = h.story_id AND s.status = 'published' AND s.occurred_on < $3 AND s.occurred_on >= $2::date - 180
          WHERE e.department_id = $1 AND e.left_on IS NULL AND e.id <> $4 AND e.hired_on < $2
          GROUP BY e.id, e.hired_on
          ORDER BY COALESCE(sum(s.endorsement_count) FILTER (WHERE s.occurred_on >= $2), -1) DESC, COALESCE(sum(s.endorsement_count), -1) DESC, e.hired_on, e.id
          LIMIT 1`,
        [departmentId, monthStart, nextMonth, giverId],
      );
      if (!rows.length) continue;
      const at = new Date(Math.min(new Date(`${addDays(nextMonth, 2)}T10:00:00Z`).getTime(), Date.now() - 3600_000));
      rewards.push({
        giverId,
        recipientId: rows[0].heroId,
        departmentId,
        storyId: null,
        kind: 'champion',
        points: 250,
        citation: 'Champion of the month: the colleague the customers and the team kept naming.',
        at,
        champion: { period: 'month', start: monthStart },
      });
    }
  }
  for (const r of rewards) {
    const awardedOn = todayIn(timeZone, r.at);
    const {
      rows: [inserted],
    } = await client.query<{ id: string }>(
      `INSERT INTO rewards (giver_id, recipient_id, recipient_department_id, story_id, kind, points, citation, champion_period, period_start, champion_department_id, budget_quarter, awarded_on, created_at, badge_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        r.giverId,
        r.recipientId,
        r.departmentId,
        r.storyId,
        r.kind,
        r.points,
        r.citation,
        r.champion?.period ?? null,
        r.champion?.start ?? null,
        r.champion ? r.departmentId : null,
        r.points > 0 ? periodStart('quarter', awardedOn) : null,
        awardedOn,
        r.at,
        r.badgeId ?? null,
      ],
    );
    await client.query(
      `INSERT INTO notifications (recipient_id, kind, story_id, actor_id, created_at, read_at, reward_id) VALUES ($1, 'rewarded', $2, $3, $4, $5, $6)`,
      [r.recipientId, r.storyId, r.giverId, r.at, Date.now() - r.at.getTime() > 14 * 86400_000 ? r.at : null, inserted.id],
    );
  }
  // Budgets: every manager and admin gets 3,000 points this quarter; earlier quarters cover what was given.
  const currentQuarter = periodStart('quarter', today);
  await client.query(
    `INSERT INTO reward_budgets (holder_id, quarter_start, points, spent)
     SELECT e.id, q.quarter_start, GREATEST(CASE WHEN q.quarter_start = $1 THEN 3000 ELSE 2500 END, COALESCE(s.spent, 0)), COALESCE(s.spent, 0)
       FROM employees e
       CROSS JOIN (SELECT DISTINCT budget_quarter AS quarter_start FROM rewards WHERE budget_quarter IS NOT NULL UNION SELECT $1::date) q
       LEFT JOIN (SELECT giver_id, budget_quarter, sum(points)::int AS spent FROM rewards WHERE revoked_at IS NULL AND budget_quarter IS NOT NULL GROUP BY 1, 2) s
              ON s.giver_id = e.id AND s.budget_quarter = q.quarter_start
      WHERE e.left_on IS NULL AND e.role IN ('manager', 'admin')`,
    [currentQuarter],
  );
}
