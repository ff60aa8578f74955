import autocannon from 'autocannon';
import { encodeCursor } from '../../../server/src/common/cursor';
import { BenchPeople } from './explain';

type Tokens = { admin: string; manager: string; staff: string };

export interface BenchTarget {
  p99Ms: number;
  /** Minimum req/s as a share of the bare baseline's with the app's freshness rules (or the live one, for writes). */
  ratio?: number;
}

export interface BenchScenario {
  name: string;
  path: string;
  connections: number;
  headers: Record<string, string>;
  /** The bare baseline answers the same path (and the bench checks its answer equals the app's). */
  bare?: boolean;
  requests?: () => autocannon.Request[];
  /** The target for this endpoint, if it sets one. */
  target?: BenchTarget;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Every endpoint the issue names, with the connections and targets it sets (50 connections unless said). */
export function BENCH_SCENARIOS(people: BenchPeople & { endorsable: string[] }, tokens: Tokens): BenchScenario[] {
  const year = Number(people.monthStart.slice(0, 4)) - 1;
  let next = 0;
  const target = { p99Ms: 50, ratio: 0.8 };
  return [
    { name: 'Feed, first page', path: '/api/feed', bare: true, connections: 50, headers: bearer(tokens.staff), target },
    {
      name: 'Feed, page after 50,000 stories',
      path: `/api/feed?cursor=${encodeURIComponent(encodeCursor(people.deepCursor))}`,
      bare: true,
      connections: 50,
      headers: bearer(tokens.staff),
      target,
    },
    { name: "A person's feed", path: `/api/feed?scope=person&employeeId=${people.heroId}`, bare: true, connections: 50, headers: bearer(tokens.staff), target },
    { name: 'Story page', path: `/api/stories/${people.storyId}`, bare: true, connections: 50, headers: bearer(tokens.staff), target },
    {
      name: 'Endorse and withdraw (20 connections)',
      path: '/api/feed',
      bare: true,
      connections: 20,
      headers: {},
      // Each connection endorses the next story of the pool, then withdraws it: every request is a write.
      requests: () => [
        {
          method: 'POST',
          setupRequest: (request, context: { storyId?: string }) => {
            context.storyId = people.endorsable[next++ % people.endorsable.length];
            return {
              ...request,
              path: `/api/stories/${context.storyId}/endorsements`,
              headers: { ...bearer(tokens.staff), 'content-type': 'application/json' },
              body: '{}',
            };
          },
        },
        {
          method: 'DELETE',
          setupRequest: (request, context: { storyId?: string }) => ({
            ...request,
            path: `/api/stories/${context.storyId}/endorsements/mine`,
            headers: bearer(tokens.staff),
          }),
        },
      ],
      target,
    },
    { name: 'Leaderboard, month, company', path: '/api/leaderboards?period=month', bare: true, connections: 50, headers: bearer(tokens.staff), target },
    {
      name: 'Leaderboard, quarter, department',
      path: `/api/leaderboards?period=quarter&departmentId=${people.departmentId}`,
      bare: true,
      connections: 50,
      headers: bearer(tokens.staff),
      target,
    },
    // One primary-key row, however long the person's ledger: the balance is never a sum over it.
    { name: 'Points balance', path: '/api/points', connections: 50, headers: bearer(tokens.staff) },
    {
      name: 'Unrecognised champions, one department',
      path: `/api/champions/unrecognised?departmentId=${people.departmentId}`,
      connections: 50,
      headers: bearer(tokens.manager),
      target: { p99Ms: 300 },
    },
    { name: 'Tenure report (5 connections)', path: '/api/reports/tenure', connections: 5, headers: bearer(tokens.admin), target: { p99Ms: 300 } },
    {
      name: `Retention report for ${year} (5 connections)`,
      path: `/api/reports/retention?from=${year}-01-01&to=${year}-12-31`,
      connections: 5,
      headers: bearer(tokens.admin),
      target: { p99Ms: 300 },
    },
    {
      name: 'Recognition and retention curves (5 connections)',
      path: '/api/reports/recognition-retention',
      connections: 5,
      headers: bearer(tokens.admin),
      target: { p99Ms: 100 },
    },
    {
      name: 'Tenure report as CSV (5 connections)',
      path: '/api/reports/tenure?format=csv',
      connections: 5,
      headers: bearer(tokens.admin),
      target: { p99Ms: 300 },
    },
  ];
}
