import { createServer } from 'node:http';
import { Pool } from 'pg';
// Dates parsed exactly as the app parses them (set when data-source is loaded).
import '../../../server/src/database/data-source';
import { DataSource } from 'typeorm';
import { FeedRepository } from '../../../server/src/feed/feed.repository';
import { LeaderboardsRepository } from '../../../server/src/leaderboards/leaderboards.repository';

/**
 * The bare baseline of `npm run bench`: a plain node:http server with a pg pool of the same size as the app's,
 * running the *same SQL* as the feed and leaderboard endpoints (the app's own repositories build it, over a
 * minimal stand-in for TypeORM's DataSource), without a framework, authentication or validation. The ratio
 * app ÷ baseline is what NestJS, Fastify, auth, validation and mapping cost on top of the database.
 *
 *   GET /feed?viewer=<id>[&cursor=<createdAt>,<id>][&employeeId=<id>]
 *   GET /leaderboard?viewer=<id>&period=month&start=<date>[&departmentId=<id>]
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const dataSource = { query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows } as unknown as DataSource;
const feed = new FeedRepository(dataSource);
const leaderboards = new LeaderboardsRepository(dataSource);

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://baseline');
    const q = (name: string) => url.searchParams.get(name) ?? undefined;
    let body: unknown;
    if (url.pathname === '/feed') {
      const cursor = q('cursor')?.split(',') as [string, string] | undefined;
      const employeeId = q('employeeId');
      // What the feed endpoint runs when none of the page's cards is cached: ids by keyset, the cards, the viewer's endorsements.
      const viewerId = q('viewer')!;
      const ids = await feed.pageIds({ scope: employeeId ? 'person' : 'company', viewerId, employeeId }, 21, cursor);
      const [cards, endorsed] = await Promise.all([feed.cards(ids), feed.endorsedBy(viewerId, ids)]);
      const byId = new Map(cards.map((c) => [c.id, c]));
      const rows = ids.flatMap((id) => (byId.has(id) ? [{ ...byId.get(id)!, endorsedByMe: endorsed.has(id) }] : []));
      const page = rows.slice(0, 20);
      const last = page[page.length - 1];
      body = { items: page, nextCursor: rows.length > 20 && last ? `${new Date(last.createdAt).toISOString()},${last.id}` : null };
    } else if (url.pathname === '/leaderboard') {
      const rows = await leaderboards.board({ period: q('period') as 'month', periodStart: q('start')!, metric: 'score', departmentId: q('departmentId'), includeLeavers: false, limit: 20, viewerId: q('viewer')! });
      body = { items: rows.filter((r) => r.position <= 20), me: rows.find((r) => r.isViewer) ?? null, participants: rows[0]?.participants ?? 0 };
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
