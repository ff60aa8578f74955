import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { NOTIFICATION_EMAIL_JOB } from '../../../server/src/email-notifications/email-notification.jobs-kinds';
import { SEND_EMAIL_JOB } from '../../../server/src/mail/mail.service';
import { measureLoad, median } from './load';

const EMAILS = 10_000;
const CONNECTIONS = 10;
/** The app's queue schema (AppConfig.jobs.schema). */
const QUEUE_SCHEMA = 'pgboss';

export interface RoundFigures {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

export interface UnderEmailQueue {
  emails: number;
  connections: number;
  rounds: number;
  /** Median over rounds of the feed with nothing queued, just before each queuing. */
  alone: RoundFigures;
  /** Median over rounds of the feed from the moment 10,000 notification emails were queued. */
  during: RoundFigures;
  /** Per round, p99 alone → during. */
  perRound: { alone: number; during: number }[];
  /** Median time to put the 10,000 jobs on the queue (one multi-row insert per 1,000). */
  queueMs: number;
  /** Median emails that reached the outbox inside a measured window (warm-up included). */
  sentInWindow: number;
}

/**
 * The feed's latency while the app works through 10,000 "you were named a hero" emails: each round measures the
 * feed alone, then creates 10,000 notifications for heroes of recent stories and queues one notification-email job
 * for each on the app's own pg-boss queue (as another instance of the app would), and measures the feed again while
 * the app's workers render them and write them to the outbox (no SMTP_URL). Between rounds the emails not yet sent
 * are taken off the queue and the round's notifications and outbox rows are deleted, so rounds and the rest of the
 * benchmark start from the same state.
 */
export async function feedWhileEmailsQueue(
  client: Client,
  databaseUrl: string,
  appUrl: string,
  feed: { path: string; headers: Record<string, string> },
  options: { rounds: number; seconds: number; warmupSeconds: number },
): Promise<UnderEmailQueue> {
  // A client of the queue only: no maintenance, no schedules, no workers.
  const boss = new PgBoss({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, max: 2, supervise: false, schedule: false, migrate: false });
  boss.on('error', () => undefined);
  await boss.start();
  console.log('\nThe feed while 10,000 notification emails are queued and sent…');
  const rounds: { alone: RoundFigures; during: RoundFigures; queueMs: number; sent: number }[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const load = () =>
        measureLoad({
          url: appUrl + feed.path,
          connections: CONNECTIONS,
          seconds: options.seconds,
          warmupSeconds: options.warmupSeconds,
          headers: feed.headers,
        });
      const alone = await load();
      const startedAt = (await client.query('SELECT now() AS at')).rows[0].at as Date;
      const { rows } = await client.query(
        `INSERT INTO notifications (recipient_id, kind, story_id, actor_id)
         SELECT h.employee_id, 'named_hero', s.id, s.author_id
           FROM (SELECT id, author_id FROM stories WHERE status = 'published' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT $1) s
           JOIN story_heroes h ON h.story_id = s.id
           JOIN employees e ON e.id = h.employee_id AND e.left_on IS NULL
          LIMIT $1
         RETURNING id`,
        [EMAILS],
      );
      const ids = rows.map((r) => r.id as string);
      const queueStarted = Date.now();
      for (let i = 0; i < ids.length; i += 1000)
        await boss.insert(ids.slice(i, i + 1000).map((notificationId) => ({ name: NOTIFICATION_EMAIL_JOB, data: { notificationId } })));
      const queueMs = Date.now() - queueStarted;
      const during = await load();
      const sent = Number(
        (await client.query(`SELECT count(*)::int AS n FROM mail_messages WHERE created_at >= $1 AND message_key LIKE 'notification:%'`, [startedAt])).rows[0]
          .n,
      );
      rounds.push({ alone: figures(alone), during: figures(during), queueMs, sent });
      await clearRound(client, ids, startedAt);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
  const med = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
  const result: UnderEmailQueue = {
    emails: EMAILS,
    connections: CONNECTIONS,
    rounds: rounds.length,
    alone: {
      p50: med((r) => r.alone.p50),
      p99: med((r) => r.alone.p99),
      requestsPerSecond: med((r) => r.alone.requestsPerSecond),
      errors: med((r) => r.alone.errors),
    },
    during: {
      p50: med((r) => r.during.p50),
      p99: med((r) => r.during.p99),
      requestsPerSecond: med((r) => r.during.requestsPerSecond),
      errors: med((r) => r.during.errors),
    },
    perRound: rounds.map((r) => ({ alone: r.alone.p99, during: r.during.p99 })),
    queueMs: med((r) => r.queueMs),
    sentInWindow: med((r) => r.sent),
  };
  console.log(
    `  feed p99 ${result.alone.p99} ms alone, ${result.during.p99} ms with the queue (by round: ${result.perRound.map((r) => `${r.alone} → ${r.during}`).join(', ')}); ${result.sentInWindow} emails sent in a window`,
  );
  return result;
}

function figures(load: { p50: number; p99: number; requestsPerSecond: number; errors: number }): RoundFigures {
  return { p50: load.p50, p99: load.p99, requestsPerSecond: load.requestsPerSecond, errors: load.errors };
}

/** Takes the round's unsent emails off the queue, waits for the ones being worked, then deletes what the round made. */
async function clearRound(client: Client, notificationIds: string[], startedAt: Date): Promise<void> {
  const kinds = [NOTIFICATION_EMAIL_JOB, SEND_EMAIL_JOB];
  await client.query(`DELETE FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state IN ('created', 'retry')`, [kinds]);
  for (let waited = 0; waited < 30_000; waited += 250) {
    const active = (await client.query(`SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state = 'active'`, [kinds])).rows[0].n;
    // A notification job still running may queue its send-email job after the delete above: delete again.
    await client.query(`DELETE FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state IN ('created', 'retry')`, [kinds]);
    if (active === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await client.query(`DELETE FROM mail_messages WHERE created_at >= $1 AND message_key LIKE 'notification:%'`, [startedAt]);
  await client.query('DELETE FROM notifications WHERE id = ANY($1::uuid[])', [notificationIds]);
}
