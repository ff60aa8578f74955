import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/database/data-source';
import { createDepartment, createEmployee, TestEmployee } from '../../server/test/factories';
import { call, signInTo } from '../../server/test/http-client';
import { SmtpSink, startSmtpSink } from '../../server/test/smtp-sink';
import { spawnApp, SpawnedApp } from '../../server/test/spawned-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';
import { waitFor } from '../../server/test/wait-for';

const PEOPLE = 100;

/**
 * The built app, its queue on PostgreSQL, and a slow mail server: a hundred invitations are queued at once, and the
 * app goes away while it sends them. Jobs live in PostgreSQL, not in the process: the next start carries on.
 */
describe('the job queue across a restart of the app', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sink: SmtpSink;
  let people: TestEmployee[];
  let env: Record<string, string>;
  const apps: SpawnedApp[] = [];

  beforeEach(async () => {
    database = await createSiblingDatabase('queue_restart');
    dataSource = new DataSource(dataSourceOptions(database.url, 2));
    await dataSource.initialize();
    const department = await createDepartment(dataSource);
    const admin = await createEmployee(dataSource, { departmentId: department.id, role: 'admin' });
    people = [];
    for (let i = 0; i < PEOPLE; i++) people.push(await createEmployee(dataSource, { departmentId: department.id, withPassword: false }));
    sink = await startSmtpSink();
    // Each message takes the mail server half a second: the hundred take several batches.
    sink.delayMs = 500;
    env = { DATABASE_URL: database.url, SMTP_URL: sink.url };
    const first = await spawnApp(env);
    apps.push(first);
    const { token } = await signInTo(first.baseUrl, admin.email);
    const invited = await call(first.baseUrl, 'POST', '/api/invitations/bulk', { token });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ invited: PEOPLE });
  }, 120_000);

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.stop()));
    await sink.close();
    await dataSource.destroy();
    await database.dispose();
  }, 60_000);

  const delivered = () => new Set(sink.messages.flatMap((m) => [m.to].flat().flatMap((a) => a?.value.map((v) => v.address!.toLowerCase()) ?? [])));
  const waiting = async () =>
    (await dataSource.query(`SELECT data->>'to' AS "to", state FROM pgboss.job WHERE name = 'send-email' AND state IN ('created', 'retry', 'active')`)) as {
      to: string;
      state: string;
    }[];

  it('on SIGTERM finishes the emails in flight, keeps the rest queued, and the next start sends them: each exactly once', async () => {
    const [first] = apps;
    await waitFor(() => sink.messages.length > 0, { timeoutMs: 30_000, what: 'the first emails' });
    expect(await first.stop()).toBe(0);
    const beforeRestart = sink.messages.length;
    expect(beforeRestart).toBeLessThan(PEOPLE);
    // Nothing was left half-done: what is not delivered waits, none of it marked as being worked on.
    const left = await waiting();
    expect(left.filter((j) => j.state === 'active')).toEqual([]);
    expect(left.length).toBe(PEOPLE - beforeRestart);

    sink.delayMs = 0;
    apps.push(await spawnApp(env));
    await waitFor(() => sink.messages.length >= PEOPLE, { timeoutMs: 60_000, what: 'every invitation after the restart' });
    expect(sink.messages).toHaveLength(PEOPLE);
    expect(delivered()).toEqual(new Set(people.map((p) => p.email.toLowerCase())));
    console.log(`queue restart (SIGTERM): ${beforeRestart} invitations sent before the stop, ${PEOPLE - beforeRestart} after the restart, none twice`);
  }, 150_000);

  it('after kill -9 loses nothing: every invitation is sent after the restart or still queued to be retried', async () => {
    const [first] = apps;
    await waitFor(() => sink.messages.length > 0, { timeoutMs: 30_000, what: 'the first emails' });
    first.child.kill('SIGKILL');
    await first.exited();
    const beforeRestart = sink.messages.length;
    expect(beforeRestart).toBeLessThan(PEOPLE);

    sink.delayMs = 0;
    apps.push(await spawnApp(env));
    // The queued ones go out; the batch the killed process held stays active until pg-boss expires it and retries.
    const isSettled = async () => {
      const left = await waiting();
      return left.every((j) => j.state === 'active') && delivered().size + left.length >= PEOPLE ? left : undefined;
    };
    const left = await waitFor(isSettled, { timeoutMs: 60_000, what: 'the queued invitations sent' });
    const accountedFor = new Set([...delivered(), ...left.map((j) => j.to.toLowerCase())]);
    expect(accountedFor).toEqual(new Set(people.map((p) => p.email.toLowerCase())));
    console.log(
      `queue restart (SIGKILL): ${beforeRestart} sent before the kill, ${delivered().size - beforeRestart} after the restart, ${left.length} held by the killed process and queued for retry`,
    );
  }, 150_000);
});
