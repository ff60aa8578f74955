import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobsRepository } from './jobs.repository';
import { PointsService } from '../points/points.service';

/** Any fixed number, distinct from the migration lock's. */
const JOBS_LOCK_KEY = 4_283_118;
export const PURGE_JOB = 'purge-expired-sign-ins';

/** The start of the period `now` falls in, for periods of `intervalSeconds` counted from the Unix epoch. */
export function periodStartOf(now: Date, intervalSeconds: number): Date {
  const ms = intervalSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/**
 * Housekeeping that runs once per period across all app instances: every instance wakes up a few times per
 * period, and the one that takes the PostgreSQL advisory lock first and finds no run recorded for the period
 * does the work and records it, in one transaction. The others find the lock taken or the run recorded.
 */
@Injectable()
export class ScheduledJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScheduledJobs');
  private readonly instance = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private lastPeriod = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsRepository,
    private readonly points: PointsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const intervalMs = this.config.jobsIntervalSeconds * 1000;
    // Waking four times a period keeps a run close to the period's start without busy polling.
    this.timer = setInterval(() => this.tick(), Math.min(Math.max(intervalMs / 4, 250), 60_000));
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runDue(new Date())
      .then(() => undefined)
      .catch((error) => this.logger.warn(`${PURGE_JOB} did not run: ${(error as Error).message}`))
      .finally(() => (this.running = undefined));
  }

  /** Runs the purge for the period `now` is in, unless it already ran there. Returns whether this instance ran it. */
  async runDue(now: Date): Promise<boolean> {
    const periodStart = periodStartOf(now, this.config.jobsIntervalSeconds);
    if (periodStart.getTime() === this.lastPeriod) return false;
    const ran = await this.dataSource.transaction(async (manager) => {
      if (!(await this.jobs.tryLock(manager, JOBS_LOCK_KEY))) return false;
      if (await this.jobs.hasRun(manager, PURGE_JOB, periodStart)) return true;
      const startedAt = new Date();
      const result = {
        refreshTokens: await this.jobs.purgeExpiredRefreshTokens(manager),
        loginThrottles: await this.jobs.purgeExpiredLoginThrottles(manager),
        jobRuns: await this.jobs.purgeOldJobRuns(manager),
        // Points expiry rides on this period's run until it moves to its own pg-boss queue: expirePoints is idempotent per day.
        pointsExpired: await this.points.expirePoints(now),
      };
      await this.jobs.recordRun(manager, { job: PURGE_JOB, periodStart, instance: this.instance, startedAt, result });
      return true;
    });
    // Done for this period, by us or by another instance; a lock held elsewhere means try again at the next wake-up.
    if (ran) this.lastPeriod = periodStart.getTime();
    return ran;
  }
}
