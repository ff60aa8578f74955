import autocannon from 'autocannon';
import { encodeCursor } from '../../../server/src/common/cursor';
import { BenchPeople } from './explain';

type Tokens = { admin: string; manager: string; staff: string };

export interface BenchTarget {
  p99Ms: number;
  /** Minimum req/s as a share of the baseline's, where there is a baseline. */
  ratio?: number;
}

export interface BenchScenario {
  name: string;
  path: string;
  connections: number;
  headers: Record<string, string>;
  baselinePath?: string;
  requests?: () => autocannon.Request[];
  /** The target for this endpoint, if it sets one. */
  target?: BenchTarget;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Every endpoint the issue names, with the connections and targets it sets (50 connections unless said). */
export function BENCH_SCENARIOS(people: BenchPeople & { endorsable: string[] }, tokens: Tokens): BenchScenario[] {
  const viewer = `viewer=${people.staffId}`;
  const year = Number(people.monthStart.slice(0, 4)) - 1;
  let next = 0;
  return [
    { name: 'Feed, first page', path: '/api/feed', baselinePath: `/feed?${viewer}`, connections: 50, headers: bearer(tokens.staff), target: { p99Ms: 50, ratio: 0.6 } },
    {
      name: 'Feed, page after 50,000 stories',
      path: `/api/feed?cursor=${encodeURIComponent(encodeCursor(people.deepCursor))}`,
      baselinePath: `/feed?${viewer}&cursor=${encodeURIComponent(people.deepCursor.join(','))}`,
      connections: 50,
      headers: bearer(tokens.staff),
      target: { p99Ms: 50, ratio: 0.6 },
    },
    { name: "A person's feed", path: `/api/feed?scope=person&employeeId=${people.heroId}`, baselinePath: `/feed?${viewer}&employeeId=${people.heroId}`, connections: 50, headers: bearer(tokens.staff), target: { p99Ms: 50, ratio: 0.6 } },
    {
      name: 'Endorse and withdraw (20 connections)',
      path: '/api/feed',
      connections: 20,
      headers: {},
      // Each connection endorses the next story of the pool, then withdraws it: every request is a write.
      requests: () => [
        {
          method: 'POST',
          setupRequest: (request, context: { storyId?: string }) => {
            context.storyId = people.endorsable[next++ % people.endorsable.length];
            return { ...request, path: `/api/stories/${context.storyId}/endorsements`, headers: { ...bearer(tokens.staff), 'content-type': 'application/json' }, body: '{}' };
          },
        },
        { method: 'DELETE', setupRequest: (request, context: { storyId?: string }) => ({ ...request, path: `/api/stories/${context.storyId}/endorsements/mine`, headers: bearer(tokens.staff) }) },
      ],
      target: { p99Ms: 50 },
    },
    { name: 'Leaderboard, month, company', path: '/api/leaderboards?period=month', baselinePath: `/leaderboard?${viewer}&period=month&start=${people.monthStart}`, connections: 50, headers: bearer(tokens.staff), target: { p99Ms: 20, ratio: 0.6 } },
    {
      name: 'Leaderboard, quarter, department',
      path: `/api/leaderboards?period=quarter&departmentId=${people.departmentId}`,
      baselinePath: `/leaderboard?${viewer}&period=quarter&start=${people.quarterStart}&departmentId=${people.departmentId}`,
      connections: 50,
      headers: bearer(tokens.staff),
      target: { p99Ms: 20, ratio: 0.6 },
    },
    { name: 'Unrecognised champions, one department', path: `/api/champions/unrecognised?departmentId=${people.departmentId}`, connections: 50, headers: bearer(tokens.manager) },
    { name: 'Tenure report (5 connections)', path: '/api/reports/tenure', connections: 5, headers: bearer(tokens.admin), target: { p99Ms: 300 } },
    { name: `Retention report for ${year} (5 connections)`, path: `/api/reports/retention?from=${year}-01-01&to=${year}-12-31`, connections: 5, headers: bearer(tokens.admin), target: { p99Ms: 300 } },
    { name: 'Recognition and retention curves (5 connections)', path: '/api/reports/recognition-retention', connections: 5, headers: bearer(tokens.admin), target: { p99Ms: 500 } },
    { name: 'Tenure report as CSV (5 connections)', path: '/api/reports/tenure?format=csv', connections: 5, headers: bearer(tokens.admin), target: { p99Ms: 300 } },
  ];
}
