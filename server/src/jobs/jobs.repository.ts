import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The SQL behind scheduled jobs: the advisory lock that lets one instance at a time run them, the run ledger, the purges. */
@Injectable()
export class JobsRepository {
  /** Held until the transaction ends; false when another instance holds it right now. */
  async tryLock(manager: EntityManager, key: number): Promise<boolean> {
    const [row] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
    return row.locked === true;
  }

  async hasRun(manager: EntityManager, job: string, periodStart: Date): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM job_runs WHERE job = $1 AND period_start = $2', [job, periodStart]);
    return rows.length > 0;
  }

  async recordRun(manager: EntityManager, run: { job: string; periodStart: Date; instance: string; startedAt: Date; result: Record<string, unknown> }): Promise<void> {
    await manager.query('INSERT INTO job_runs (job, period_start, instance, started_at, finished_at, result) VALUES ($1, $2, $3, $4, now(), $5)', [
      run.job,
      run.periodStart,
      run.instance,
      run.startedAt,
      JSON.stringify(run.result),
    ]);
  }

  /** Refresh tokens past their expiry can be neither used nor replayed: the rows only take space. */
  async purgeExpiredRefreshTokens(manager: EntityManager): Promise<number> {
    const [row] = await manager.query('WITH gone AS (DELETE FROM refresh_tokens WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS n FROM gone');
    return row.n;
  }

  /** Sign-in throttle counters whose window has passed (rate-limiter-flexible keeps `expire` in epoch milliseconds). */
  async purgeExpiredLoginThrottles(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(
      `WITH gone AS (DELETE FROM login_throttle WHERE expire IS NOT NULL AND expire < (extract(epoch FROM now()) * 1000)::bigint RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
    );
    return row.n;
  }

  /** Old job runs: a week of history is enough to see that the jobs run. */
  async purgeOldJobRuns(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(`WITH gone AS (DELETE FROM job_runs WHERE started_at < now() - interval '7 days' RETURNING 1) SELECT count(*)::int AS n FROM gone`);
    return row.n;
  }
}
