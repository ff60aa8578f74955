import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { ANNIVERSARIES_SQL, BARE_SQL } from './bare-sql';

/**
 * The bare baseline of `npm run bench`, written from the schema and the API contract, never from the app's code:
 * node:http, a pg pool of the app's size, the access token verified with node:crypto, and each measured endpoint
 * answered by one named prepared statement that checks the session and builds the JSON in PostgreSQL.
 *
 * BARE_FRESHNESS=live reads everything on every request; BARE_FRESHNESS=app follows the app's freshness rules
 * exactly: the shared part of a story card for 5 s, each board ranked at most every 5 s with the viewer's row live
 * (today's anniversaries are read once a day by both). Same URLs, same answers as the app (the bench compares them).
 */
const env = process.env;
const pool = new Pool({ connectionString: env.DATABASE_URL, max: Number(env.DB_POOL_SIZE ?? 10) });
const key = createSecretKey(Buffer.from(env.JWT_SECRET ?? '', 'utf8'));
const timeZone = env.COMPANY_TIME_ZONE ?? 'UTC';
const scoreFormula = env.SCORE_FORMULA ?? '';
const appFreshness = env.BARE_FRESHNESS === 'app';
const CARD_TTL_MS = 5_000;
const BOARD_TTL_MS = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Claims = { sub: string; sid: string };

/** HS256 with the app's issuer; null when the signature, algorithm, issuer or expiry is wrong. */
function verify(authorization: string | undefined): Claims | null {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  const [header, payload, signature] = token.split('.');
  if (!signature) return null;
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'HS256') return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    if (claims.iss !== 'heroics' || !(claims.exp * 1000 > Date.now()) || !UUID.test(claims.sub) || !UUID.test(claims.sid)) return null;
    return claims;
  } catch {
    return null;
  }
}

const query = (name: keyof typeof BARE_SQL, values: unknown[]) => pool.query({ name, text: BARE_SQL[name], values });

// Anniversaries: once a day per scope (the app: at most every five minutes).
const anniversaries = new Map<string, Promise<string>>();
function anniversariesOf(employeeId: string | null): Promise<string> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const cacheKey = `${today}|${employeeId ?? ''}`;
  let found = anniversaries.get(cacheKey);
  if (!found) {
    found = pool.query(ANNIVERSARIES_SQL, [today, employeeId]).then(({ rows }) =>
      JSON.stringify(
        rows.flatMap((r) => {
          const years = Number(today.slice(0, 4)) - Number(r.hiredOn.slice(0, 4));
          const [, month, day] = r.hiredOn.split('-').map(Number);
          const last = new Date(Date.UTC(Number(today.slice(0, 4)), month, 0)).getUTCDate();
          const on = `${today.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
          const milestone = years === 1 || years === 3 || (years >= 5 && years % 5 === 0);
          return years > 0 && on === today && milestone
            ? [{ employeeId: r.id, name: r.name, department: { id: r.departmentId, name: r.departmentName }, years, date: today }]
            : [];
        }),
      ),
    );
    anniversaries.set(cacheKey, found);
  }
  return found;
}

const cards = new Map<string, { shared: string; at: number }>();

async function feed(claims: Claims, url: URL): Promise<string | null> {
  const cursor = url.searchParams.get('cursor');
  const person = url.searchParams.get('scope') === 'person' ? url.searchParams.get('employeeId') : null;
  const after = cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string]) : null;
  const [kind, extra] = person ? ['Person', [person]] : after ? ['After', after] : ['First', []];
  const tail = after ? Promise.resolve('[]') : anniversariesOf(person);
  if (!appFreshness) {
    const { rows } = await query(`feed${kind}` as keyof typeof BARE_SQL, [claims.sub, claims.sid, ...extra]);
    return rows[0] ? `${rows[0].body}, "anniversaries" : ${await tail}}` : null;
  }
  const { rows } = await query(`feedIds${kind}` as keyof typeof BARE_SQL, [claims.sub, claims.sid, ...extra]);
  if (!rows.length) {
    // No page rows: either nobody signed in or an empty page; one cheap check tells them apart.
    const live = await pool.query({
      name: 'session',
      text: 'SELECT 1 FROM employees e WHERE e.id = $1 AND e.left_on IS NULL AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.employee_id = e.id AND t.revoked_at IS NULL)',
      values: [claims.sub, claims.sid],
    });
    return live.rowCount ? `{"items" : [], "nextCursor" : null, "anniversaries" : ${await tail}}` : null;
  }
  const page = rows.filter((r) => r.n <= 20);
  const now = Date.now();
  const missing = page.filter((r) => !(now - (cards.get(r.id)?.at ?? 0) < CARD_TTL_MS)).map((r) => r.id);
  if (missing.length) for (const card of (await query('sharedCards', [missing])).rows) cards.set(card.id, { shared: card.shared, at: now });
  const items = page.map((r) => cards.get(r.id)!.shared + r.mine).join(', ');
  const next = rows.length > 20 ? `"${page[19].cursor}"` : 'null';
  return `{"items" : [${items}], "nextCursor" : ${next}, "anniversaries" : ${await tail}}`;
}

interface Board {
  at: number;
  top: { employeeId: string; score: number; entry: string }[];
  values: { score: number; people: number }[];
  participants: number;
}
const boards = new Map<string, Promise<Board>>();

function rankBoard(kind: string, start: string, departmentId: string | null): Promise<Board> {
  const cacheKey = `${kind}|${start}|${departmentId}`;
  const cached = boards.get(cacheKey);
  const fresh = (board: Board) => Date.now() - board.at < BOARD_TTL_MS;
  const load = () => {
    const at = Date.now();
    const loading = pool.query({ name: 'rankBoard', text: BARE_SQL.rankBoard, values: [kind, start, departmentId] }).then(({ rows: [r] }) => ({
      at,
      top: (r.top ?? []) as Board['top'],
      values: (r.values ?? []) as Board['values'],
      participants: ((r.values ?? []) as Board['values']).reduce((sum, v) => sum + Number(v.people), 0),
    }));
    boards.set(cacheKey, loading);
    return loading;
  };
  if (!cached) return load();
  // Stale-while-revalidate, one ranking at a time (as the app does).
  return cached.then((board) => {
    if (!fresh(board) && boards.get(cacheKey) === cached) void load().catch(() => boards.delete(cacheKey));
    return board;
  });
}

async function leaderboard(claims: Claims, url: URL): Promise<string | null> {
  const kind = url.searchParams.get('period') ?? 'month';
  const departmentId = url.searchParams.get('departmentId');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const [y, m] = today.split('-').map(Number);
  const first = kind === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  const months = kind === 'quarter' ? 3 : 1;
  const start = `${y}-${String(first).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(y, first - 1 + months, 0)).toISOString().slice(0, 10);
  if (!appFreshness) {
    const { rows } = await query('leaderboard', [claims.sub, claims.sid, kind, start, end, departmentId, timeZone, scoreFormula]);
    return rows[0]?.body ?? null;
  }
  const [board, own] = await Promise.all([rankBoard(kind, start, departmentId), query('viewerTally', [claims.sub, claims.sid, kind, start, departmentId])]);
  if (!own.rows.length) return null;
  const rankOf = (score: number) => 1 + board.values.filter((v) => v.score > score).length;
  const withRank = (entry: string, score: number) => `{"rank" : ${rankOf(score)}, "value" : ${score}, ${entry.slice(1)}`;
  const items = board.top.filter((row) => row.employeeId !== claims.sub).map((row) => ({ score: row.score, json: withRank(row.entry, row.score) }));
  const mine: string | null = own.rows[0].me;
  let me = 'null';
  if (mine) {
    const score = Number(JSON.parse(mine).score);
    me = withRank(mine, score);
    const at = items.findIndex((row) => row.score < score);
    items.splice(at === -1 ? items.length : at, 0, { score, json: me });
  }
  return `{"period" : "${kind}", "periodStart" : "${start}", "periodEnd" : "${end}", "metric" : "score", "departmentId" : ${departmentId ? `"${departmentId}"` : 'null'}, "participants" : ${board.participants}, "items" : [${items
    .slice(0, 20)
    .map((row) => row.json)
    .join(', ')}], "me" : ${me}, "scoreFormula" : ${JSON.stringify(scoreFormula)}, "timeZone" : ${JSON.stringify(timeZone)}}`;
}

async function answer(request: IncomingMessage): Promise<[number, string]> {
  const claims = verify(request.headers.authorization);
  if (!claims) return [401, '{"status":401}'];
  const url = new URL(request.url ?? '/', 'http://bare');
  const story = /^\/api\/stories\/([0-9a-f-]{36})(\/endorsements(\/mine)?)?$/.exec(url.pathname);
  let body: string | null;
  if (request.method === 'GET' && url.pathname === '/api/feed') body = await feed(claims, url);
  else if (request.method === 'GET' && url.pathname === '/api/leaderboards') body = await leaderboard(claims, url);
  else if (request.method === 'GET' && story && !story[2]) {
    const { rows } = await query('story', [claims.sub, claims.sid, story[1]]);
    if (!rows.length) return [404, '{"status":404}'];
    body = rows[0].body;
  } else if (request.method === 'POST' && story?.[2] && !story[3]) {
    const { rows } = await query('endorse', [claims.sub, claims.sid, story[1], timeZone]);
    if (rows[0] && !rows[0].body) return [rows[0].allowed ? 409 : 404, '{"status":409}'];
    body = rows[0]?.body ?? null;
  } else if (request.method === 'DELETE' && story?.[3]) {
    const { rows } = await query('withdraw', [claims.sub, claims.sid, story[1], timeZone]);
    if (rows[0] && !rows[0].body) return [404, '{"status":404}'];
    body = rows[0]?.body ?? null;
  } else return [404, '{"status":404}'];
  return body === null ? [401, '{"status":401}'] : [request.method === 'POST' ? 201 : 200, body];
}

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  request.resume();
  answer(request).then(
    ([status, body]) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body),
    (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
  );
});

server.listen(Number(env.PORT), '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
