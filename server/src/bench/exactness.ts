import { Client } from 'pg';
import { TALLY_DIFFERENCES_SQL } from '../leaderboards/recognition-tallies.sql';
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
  return { storiesChecked: people.endorsable.length, countMismatches: rows[0].mismatches as number, tallyDifferences: Number(differences.rows[0]?.differences ?? differences.rows.length) };
}

async function api(url: string, token: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(url + path, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** Polls the staff member's own row of this month's leaderboard until `changed` says the write shows; returns the wait. */
async function waitUntilVisible(url: string, token: string, changed: (me: any) => boolean): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    const board = await api(url, token, 'GET', '/api/leaderboards?period=month&metric=score');
    if (changed(board.me)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * How long a new endorsement and a new reward take to show on this month's leaderboard: the manager endorses
 * a story about the staff member, then rewards them; the staff member watches their own row. Both are undone after.
 */
export async function measureFreshness(url: string, tokens: Tokens, people: BenchPeople & { staffStory: string }) {
  const before = (await api(url, tokens.staff, 'GET', '/api/leaderboards?period=month&metric=score')).me;
  const endorsements = before?.endorsementsReceived ?? 0;
  const points = before?.pointsReceived ?? 0;
  await api(url, tokens.manager, 'POST', `/api/stories/${people.staffStory}/endorsements`, {});
  const endorsementMs = await waitUntilVisible(url, tokens.staff, (me) => (me?.endorsementsReceived ?? 0) === endorsements + 1);
  const reward = await api(url, tokens.manager, 'POST', '/api/rewards', { recipientId: people.staffId, kind: 'points', points: 10, citation: 'Benchmark: freshness of the leaderboard.' });
  const rewardMs = await waitUntilVisible(url, tokens.staff, (me) => (me?.pointsReceived ?? 0) === points + 10);
  await api(url, tokens.manager, 'POST', `/api/rewards/${reward.reward.id}/revoke`, { reason: 'Benchmark clean-up.' });
  await api(url, tokens.manager, 'DELETE', `/api/stories/${people.staffStory}/endorsements/mine`);
  return { endorsementMs, rewardMs };
}
