import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/database/data-source';
import { runMigrations } from '../../server/src/database/migrations-runner';
import { createDepartment, createEmployee, TestEmployee } from '../../server/test/factories';
import { call, signInTo } from '../../server/test/http-client';
import { SmtpSink, startSmtpSink } from '../../server/test/smtp-sink';
import { spawnApp, SpawnedApp } from '../../server/test/spawned-app';
import { startThrowawayPostgres, ThrowawayPostgres } from '../../server/test/throwaway-postgres';
import { waitFor } from '../../server/test/wait-for';

const PEOPLE = 60;

/**
 * The queue lives in PostgreSQL: when PostgreSQL itself stops in the middle of a send and comes back, the app
 * carries on by itself and no email is lost. An email whose send crossed the stop may go out a second time (the send
 * reached the mail server, its record did not reach the database, so the job failed and was retried); it then
 * carries the same Message-ID, so a receiving system drops it. A job whose outcome could not be written at all stays
 * active until pg-boss expires and retries it, as after a crash.
 */
describe('the job queue across a restart of PostgreSQL', () => {
  let pg: ThrowawayPostgres;
  let app: SpawnedApp | undefined;
  let sink: SmtpSink;

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    sink = await startSmtpSink();
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await sink?.close();
    await pg?.dispose();
  }, 60_000);

  it('keeps sending invitations after PostgreSQL stops and starts again mid-queue: every person gets theirs, none lost', async () => {
    const url = await pg.createDatabase('heroics');
    await runMigrations(url);
    const dataSource = new DataSource(dataSourceOptions(url, 2));
    await dataSource.initialize();
    const people: TestEmployee[] = [];
    let adminEmail: string;
    try {
      const department = await createDepartment(dataSource);
      adminEmail = (await createEmployee(dataSource, { departmentId: department.id, role: 'admin' })).email;
      for (let i = 0; i < PEOPLE; i++) people.push(await createEmployee(dataSource, { departmentId: department.id, withPassword: false }));
    } finally {
      await dataSource.destroy();
    }
    // A slow mail server: the sixty take many batches, so PostgreSQL goes away with most of them still queued.
    sink.delayMs = 300;
    // A failed send is retried a second later (the default is 30 s, with backoff): the test waits for conditions, not the clock.
    app = await spawnApp({ DATABASE_URL: url, SMTP_URL: sink.url, DB_POOL_SIZE: '4', JOB_RETRY_DELAY_SECONDS: '1' });
    const { token } = await signInTo(app.baseUrl, adminEmail);
    const invited = await call(app.baseUrl, 'POST', '/api/invitations/bulk', { token });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ invited: PEOPLE });
    await waitFor(() => sink.messages.length > 0, { timeoutMs: 30_000, what: 'the first invitations' });

    await pg.stop();
    const sentBeforeStop = sink.messages.length;
    // The app notices (health says so) and is still running; then PostgreSQL comes back.
    await waitFor(async () => ((await call(app!.baseUrl, 'GET', '/api/health', { timeoutMs: 5_000 })).status === 503 ? true : undefined), {
      timeoutMs: 20_000,
      what: 'health reports the database down',
    });
    expect(sentBeforeStop).toBeLessThan(PEOPLE);
    await pg.start();
    await waitFor(async () => ((await call(app!.baseUrl, 'GET', '/api/health', { timeoutMs: 2_000 })).status === 200 ? true : undefined), {
      timeoutMs: 30_000,
      what: 'health reports the database up again',
    }).catch((error: Error) => {
      // The process ended (the bug this test found): say why.
      throw new Error(
        `${error.message}; the app ${app!.child.exitCode === null ? 'is running' : `exited with ${app!.child.exitCode}`}:\n${app!.output().slice(-3000)}`,
      );
    });
    expect(app.child.exitCode).toBeNull();

    sink.delayMs = 0;
    const check = new Client({ connectionString: url });
    await check.connect();
    try {
      const recipients = () => new Set(sink.messages.flatMap((m) => [m.to].flat().flatMap((a) => a?.value.map((v) => v.address!.toLowerCase()) ?? [])));
      // A job is held when it has been active far longer than a send takes (the mail server answers at once now):
      // a worker lost the database while fetching or finishing it, and pg-boss retries it when it expires.
      const queued = async () =>
        (
          await check.query<{ to: string; state: string; held: boolean }>(
            `SELECT data->>'to' AS "to", state, (state = 'active' AND started_on < now() - interval '10 seconds') AS held
               FROM pgboss.job WHERE name = 'send-email' AND state IN ('created', 'retry', 'active', 'failed')`,
          )
        ).rows;
      // Settled: nothing waits to be fetched or is being worked; what is left is held.
      const settled = async () => {
        const left = await queued();
        return left.every((j) => j.held) && recipients().size + left.length >= PEOPLE ? left : undefined;
      };
      const held = await waitFor(settled, { timeoutMs: 90_000, what: 'every queued invitation sent after the restart' });
      const accountedFor = new Set([...recipients(), ...held.map((j) => j.to.toLowerCase())]);
      expect(accountedFor).toEqual(new Set(people.map((p) => p.email.toLowerCase())));
      // Any second copy is the same message (same Message-ID), which a receiving system drops.
      const idsByRecipient = new Map<string, Set<string>>();
      for (const message of sink.messages) {
        const to = [message.to].flat()[0]!.value[0].address!.toLowerCase();
        idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(message.messageId!));
      }
      expect([...idsByRecipient.values()].filter((ids) => ids.size > 1)).toEqual([]);
      console.log(
        `queue and PostgreSQL restart: ${sentBeforeStop} invitations sent before the stop, ${recipients().size - sentBeforeStop} after it, ` +
          `${sink.messages.length - recipients().size} second copies (same Message-ID), ${held.length} held by a batch that lost the database and queued for retry`,
      );
    } finally {
      await check.end();
    }
  }, 180_000);
});
