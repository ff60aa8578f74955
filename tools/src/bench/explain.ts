import { StoriesRepository } from '../../../server/src/stories/stories.repository';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ChampionsRepository } from '../../../server/src/champions/champions.repository';
import { EmployeesRepository } from '../../../server/src/employees/employees.repository';
import { EndorsementsRepository } from '../../../server/src/endorsements/endorsements.repository';
import { FeedRepository } from '../../../server/src/feed/feed.repository';
import { LeaderboardsRepository } from '../../../server/src/leaderboards/leaderboards.repository';
import { NotificationsRepository } from '../../../server/src/notifications/notifications.repository';
import { ReviewQueueRepository } from '../../../server/src/review-queue/review-queue.repository';
import { RewardsRepository } from '../../../server/src/rewards/rewards.repository';

export interface BenchPeople {
  staffId: string;
  managerId: string;
  departmentId: string;
  heroId: string;
  storyId: string;
  deepCursor: [string, string];
  /** The ids of the company feed's first page. */
  pageIds: string[];
  monthStart: string;
  quarterStart: string;
}

export interface ExplainedQuery {
  name: string;
  sql: string;
  plan: string;
  ms: number;
  /** Sequential scans of the big tables in the plan (none means every row was found through an index). */
  bigTableSeqScans: string[];
}

const BIG_TABLES = ['stories', 'story_heroes', 'endorsements', 'rewards', 'recognition_tallies', 'notifications', 'employees'];

/**
 * The list queries exactly as the app builds them: each repository runs against a stand-in DataSource that
 * records the SQL and parameters instead of running them, and each recorded query is then EXPLAINed
 * (ANALYZE, so with real row counts and times) on the large data set.
 */
export async function explainListQueries(client: Client, people: BenchPeople): Promise<ExplainedQuery[]> {
  let recorded: { sql: string; params: unknown[] } | undefined;
  const recorder = { query: async (sql: string, params: unknown[] = []) => ((recorded = { sql, params }), []) } as unknown as DataSource;
  const record = async (run: () => Promise<unknown>) => {
    recorded = undefined;
    await run();
    return recorded!;
  };
  const since = new Date(Date.now() - 90 * 86_400_000);
  const queries: [string, () => Promise<unknown>][] = [
    ['Feed, first page (company): ids', () => new FeedRepository(recorder).pageIds({ scope: 'company', viewerId: people.staffId }, 21)],
    ['Feed, page after 50,000 stories: ids', () => new FeedRepository(recorder).pageIds({ scope: 'company', viewerId: people.staffId }, 21, people.deepCursor)],
    ["A person's feed: ids", () => new FeedRepository(recorder).pageIds({ scope: 'person', viewerId: people.staffId, employeeId: people.heroId }, 21)],
    [
      'A department feed: ids',
      () => new FeedRepository(recorder).pageIds({ scope: 'department', viewerId: people.staffId, departmentId: people.departmentId }, 21),
    ],
    ['Story cards for a page of 21 ids', () => new StoriesRepository(recorder).cards(people.pageIds)],
    [
      'Leaderboard, month, company',
      () =>
        new LeaderboardsRepository(recorder).board({
          period: 'month',
          periodStart: people.monthStart,
          metric: 'score',
          includeLeavers: false,
          limit: 20,
          viewerId: people.staffId,
        }),
    ],
    [
      'Leaderboard, quarter, department',
      () =>
        new LeaderboardsRepository(recorder).board({
          period: 'quarter',
          periodStart: people.quarterStart,
          metric: 'score',
          departmentId: people.departmentId,
          includeLeavers: false,
          limit: 20,
          viewerId: people.staffId,
        }),
    ],
    ['Endorsements of a story', () => new EndorsementsRepository(recorder).page(people.storyId, 21)],
    ['Notifications', () => new NotificationsRepository(recorder).page(people.staffId, 21)],
    ['People directory, first page', () => new EmployeesRepository(recorder).page({ status: 'active' }, { sort: 'name', direction: 'asc' }, 26)],
    [
      'Roster sorted by hire date, page 40',
      () => new EmployeesRepository(recorder).page({ status: 'active' }, { sort: 'hiredOn', direction: 'desc' }, 26, undefined, 975),
    ],
    [
      'People directory, one department',
      () => new EmployeesRepository(recorder).page({ status: 'active', departmentId: people.departmentId }, { sort: 'name', direction: 'asc' }, 26),
    ],
    [
      'Reward ledger (manager)',
      () => new RewardsRepository(recorder).page({ all: false, viewerId: people.managerId, departmentIds: [people.departmentId] }, {}, 21),
    ],
    [
      'Rewards received by a person',
      () => new RewardsRepository(recorder).page({ all: true, viewerId: people.managerId, departmentIds: [] }, { recipientId: people.heroId }, 21),
    ],
    ['Review queue', () => new ReviewQueueRepository(recorder).page({ viewerId: people.managerId, departmentIds: [people.departmentId], days: 30 }, 21)],
    ['Unrecognised champions, one department', () => new ChampionsRepository(recorder).candidates([people.departmentId], since, 3, 50)],
  ];
  const explained: ExplainedQuery[] = [];
  for (const [name, run] of queries) {
    const { sql, params } = await record(run);
    const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${sql}`, params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const bigTableSeqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]).filter((t) => BIG_TABLES.includes(t));
    explained.push({ name, sql: sql.replace(/\s+/g, ' ').trim(), plan, ms, bigTableSeqScans });
  }
  return explained;
}
