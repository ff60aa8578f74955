import { Client } from 'pg';
import { TALLY_DIFFERENCES_SQL } from '../../../server/src/leaderboards/recognition-tallies.sql';
import { BenchPeople } from './explain';

type Tokens = { admin: string; manager: string; staff: string };

/** After the endorse-and-withdraw load: every story's counter equals its rows, every hero's tallies equal a recount. */
export async function checkEndorsementCounters(client: Client, people: BenchPeople & { endorsable: string[] }, timeZone: string) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS mismatches FROM stories s
      WHERE s.id = ANY($1::uuid[]) AND s.endorsement_count <> (SELECT count(*) FROM endorsements e WHERE e.story_id = s.id)`,
    [people.endorsable],
  );
  const heroes = await client.query('SELECT DISTINCT employee_id FROM story_heroes WHERE story_id = ANY($1::uuid[])', [people.endorsable]);
  const differences = await client.query(TALLY_DIFFERENCES_SQL, [timeZone, heroes.rows.map((r) => r.employee_id)]);
  return {
    storiesChecked: people.endorsable.length,
    countMismatches: rows[0].mismatches as number,
    tallyDifferences: Number(differences.rows[0]?.differences ?? differences.rows.length),
  };
}

async function api(url: string, token: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** Polls the month board of the leader's department as the admin (not the leader's own live row) until `changed`. */
async function waitUntilVisible(url: string, token: string, path: string, leaderId: string, changed: (entry: any) => boolean): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    const board = await api(url, token, 'GET', path);
    if (changed(board.items.find((e: { employeeId: string }) => e.employeeId === leaderId))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * How long a new endorsement and a new reward take to show on this month's leaderboard for someone else: the
 * manager endorses a story about the month's leader of their department, then rewards them; the admin watches the
 * department's month board (served from the ranked cache). Both are undone after.
 */
export async function measureFreshness(url: string, tokens: Tokens, people: BenchPeople & { leaderId: string; leaderStory: string }) {
  const path = `/api/leaderboards?period=month&metric=score&limit=100&departmentId=${people.departmentId}`;
  const entryOf = async () => (await api(url, tokens.admin, 'GET', path)).items.find((e: { employeeId: string }) => e.employeeId === people.leaderId);
  const before = await entryOf();
  await api(url, tokens.manager, 'POST', `/api/stories/${people.leaderStory}/endorsements`, {});
  const endorsementMs = await waitUntilVisible(
    url,
    tokens.admin,
    path,
    people.leaderId,
    (e) => e && e.endorsementsReceived === before.endorsementsReceived + 1,
  );
  const reward = await api(url, tokens.manager, 'POST', '/api/rewards', {
    recipientId: people.leaderId,
    kind: 'points',
    points: 10,
    citation: 'Benchmark: freshness of the leaderboard.',
  });
  const rewardMs = await waitUntilVisible(url, tokens.admin, path, people.leaderId, (e) => e && e.pointsReceived === before.pointsReceived + 10);
  await api(url, tokens.manager, 'POST', `/api/rewards/${reward.reward.id}/revoke`, { reason: 'Benchmark clean-up.' });
  await api(url, tokens.manager, 'DELETE', `/api/stories/${people.leaderStory}/endorsements/mine`);
  return { endorsementMs, rewardMs };
}
