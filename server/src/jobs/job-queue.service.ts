import { setTimeout as sleep } from 'node:timers/promises';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { retryPolicy, RetryPolicy } from './job-queue.policy';

export interface JobContext {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export type JobHandler<T> = (data: T, job: JobContext) => Promise<unknown>;

interface Definition {
  kind: string;
  handler: JobHandler<never>;
  policy: RetryPolicy;
  /** Five-field cron in the company time zone: pg-boss enqueues one job per slot across all instances. */
  cron?: string;
  /** Jobs of this kind an instance works at once (see define). */
  batchSize: number;
}

export interface DefineOptions {
  policy?: Partial<RetryPolicy>;
  cron?: string;
  /**
   * How many jobs of this kind one instance takes per poll and works side by side; each still completes, retries or
   * fails on its own. pg-boss polls each kind about once a second, so a kind with many small jobs (emails) needs
   * more than one per poll to keep up; a kind whose jobs must not overlap keeps the default of 1.
   */
  batchSize?: number;
}

export interface EnqueueOptions {
  /**
   * With singletonSeconds: at most one job per key in each window of that many seconds (pg-boss drops the rest).
   * Handlers are idempotent on their own as well (a sent email is recorded under a unique key before the job completes).
   */
  key?: string;
  singletonSeconds?: number;
  /** With singletonSeconds: a send in a taken window goes to the next window instead of being dropped. */
  singletonNextSlot?: boolean;
  startAfterSeconds?: number;
  /** Enqueue inside this transaction: the job exists exactly when the change that caused it commits. */
  manager?: EntityManager;
}

/** Tries, a second apart, to record a job's outcome while the database is away. */
const RECORD_ATTEMPTS = 60;

/** What pg-boss keeps as a completed job's output: an object (a handler may return anything). */
function completionData(value: unknown): object | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? value : { value };
}

/** How long SIGTERM waits for jobs in flight; what does not finish by then is retried by another instance. */
const STOP_GRACE_MS = 8_000;

/** The advisory lock key under which one instance at a time creates and updates queues (any fixed 64-bit number). */
const QUEUE_SETUP_LOCK = 7_215_004_101;

/**
 * The one job queue (pg-boss on the app's PostgreSQL). Features define their kinds from `<feature>.jobs.ts` while
 * modules initialise; at bootstrap the queue starts, creates each kind with its retry policy, works it and registers
 * the schedules. Features enqueue through `enqueue`, in their own transaction when they have one.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, Definition>();
  private boss?: PgBoss;
  private stopped = false;
  /** Set when shutdown begins: outcomes are no longer retried (what is unrecorded expires and is retried). */
  private stopping = false;
  /** Batches our handlers are working on now: pg-boss's stop can return (at its deadline) while one still runs. */
  private inFlight = 0;
  /** When the last batch our handlers worked ended (ms since the epoch). */
  private lastBatchEndedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get schema(): string {
    return this.config.jobs.schema;
  }

  define<T>(kind: string, handler: JobHandler<T>, options: DefineOptions = {}): void {
    if (this.definitions.has(kind)) throw new Error(`job kind ${kind} is defined twice`);
    this.definitions.set(kind, {
      kind,
      handler: handler as JobHandler<never>,
      policy: retryPolicy(this.config.jobs, options.policy),
      cron: options.cron,
      batchSize: options.batchSize ?? 1,
    });
  }

  kinds(): string[] {
    return [...this.definitions.keys()].sort();
  }

  scheduleOf(kind: string): string | null {
    return this.definitions.get(kind)?.cron ?? null;
  }

  /**
   * pg-boss 10 (the last line for Node 20) completes or fails a worked batch without awaiting it (manager.js,
   * `onFetch`), so a database that goes away at that moment is an unhandled rejection, which ends a Node process:
   * every person would lose the app for a blip of PostgreSQL. Those are logged instead: the batch stays active in the
   * queue and pg-boss expires and retries it, as after a crash. Any other unhandled rejection still ends the process.
   */
  private readonly onUnhandledRejection = (reason: unknown): void => {
    if (reason instanceof Error && /[/\\]pg-boss[/\\]/.test(reason.stack ?? '')) {
      this.logger.warn(`job queue: could not record a batch's outcome (${reason.message}); it will be retried when it expires`);
      return;
    }
    setImmediate(() => {
      throw reason;
    });
  };

  async onApplicationBootstrap(): Promise<void> {
    process.on('unhandledRejection', this.onUnhandledRejection);
    const url = (this.dataSource.options as { url?: string }).url;
    const boss = new PgBoss({
      connectionString: url,
      schema: this.schema,
      max: 3,
      application_name: 'heroics-jobs',
      // Failed jobs are the dead letters: keep them long enough for an admin to look.
      archiveFailedAfterSeconds: 30 * 86400,
      deleteAfterDays: 30,
    });
    boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
    // Instances starting together would create and update the same queues and schedules at once, and PostgreSQL
    // answers one of them "deadlock detected": one instance at a time sets the queue up, under a session lock.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      await boss.start();
      this.boss = boss;
      await this.setUpQueues(boss);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  private async setUpQueues(boss: PgBoss): Promise<void> {
    for (const definition of this.definitions.values()) {
      const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = definition.policy;
      const queue = { name: definition.kind, policy: 'standard' as const, retryLimit, retryDelay, retryBackoff, expireInSeconds };
      if (await boss.getQueue(definition.kind)) await boss.updateQueue(definition.kind, queue);
      else await boss.createQueue(definition.kind, queue);
      await boss.work(definition.kind, { batchSize: definition.batchSize, pollingIntervalSeconds: 1, includeMetadata: true }, (jobs) =>
        this.workBatch(boss, definition, jobs),
      );
      // pg-boss enqueues a slot's job through its own queue, and a late slot can land in the next minute: the
      // singleton keeps it to one job per kind per minute whatever the timing.
      if (definition.cron)
        await boss.schedule(definition.kind, definition.cron, {}, { tz: this.config.companyTimeZone, singletonKey: definition.kind, singletonSeconds: 60 });
    }
  }

  /** pg-boss completes or fails a fetched batch as a whole; here each job counts on its own (see settle). */
  private async workBatch(boss: PgBoss, definition: Definition, jobs: PgBoss.JobWithMetadata<unknown>[]): Promise<void> {
    this.inFlight++;
    try {
      return await this.settle(boss, definition, jobs);
    } finally {
      this.inFlight--;
      this.lastBatchEndedAt = Date.now();
    }
  }

  /**
   * Each job of a batch is recorded on its own: completed with what its handler returned, or failed with its error
   * (so retried with backoff, or dead after the last attempt). pg-boss then completes the batch too, but it completes
   * only jobs still active, so that is a no-op.
   */
  private async settle(boss: PgBoss, definition: Definition, jobs: PgBoss.JobWithMetadata<unknown>[]): Promise<void> {
    const outcomes = await Promise.allSettled(jobs.map((job) => definition.handler(job.data as never, { id: job.id, retryCount: job.retryCount })));
    for (const [i, outcome] of outcomes.entries()) {
      const id = jobs[i].id;
      if (outcome.status === 'fulfilled') await this.record(id, () => boss.complete(definition.kind, id, completionData(outcome.value)));
      else await this.record(id, () => boss.fail(definition.kind, id, outcome.reason instanceof Error ? outcome.reason : new Error(String(outcome.reason))));
    }
  }

  /**
   * Writes a job's outcome. When the database is away (a restart of PostgreSQL), tries again each second for up to
   * RECORD_ATTEMPTS: the job is then failed (retried soon) or completed as soon as PostgreSQL is back, instead of
   * waiting to expire. What still cannot be written stays active and is retried when it expires, as after a crash.
   */
  private async record(jobId: string, write: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await write();
        return;
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS || this.stopping) {
          this.logger.warn(`job queue: could not record the outcome of job ${jobId} (${(error as Error).message}); it is retried when it expires`);
          return;
        }
        await sleep(1000);
      }
    }
  }

  async enqueue(kind: string, data: object, options: EnqueueOptions = {}): Promise<string | null> {
    const boss = this.started();
    const definition = this.definitions.get(kind);
    if (!definition) throw new Error(`job kind ${kind} is not defined`);
    const sendOptions: PgBoss.SendOptions = {
      singletonKey: options.key,
      singletonSeconds: options.singletonSeconds,
      singletonNextSlot: options.singletonNextSlot,
      startAfter: options.startAfterSeconds,
    };
    if (options.manager) {
      const manager = options.manager;
      sendOptions.db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    }
    return boss.send(kind, data, sendOptions);
  }

  async retry(kind: string, id: string): Promise<void> {
    await this.started().retry(kind, id);
  }

  async discard(kind: string, id: string): Promise<void> {
    await this.started().deleteJob(kind, id);
  }

  /**
   * First step of a shutdown, while the database is still open: stop taking jobs, and let the batches being worked
   * finish and record what they did (an email sent and not recorded would go out again after the restart). Jobs
   * stay queued in PostgreSQL for the next start; enqueueing still works while the HTTP server drains.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss || this.stopped) return;
    this.stopping = true;
    for (const kind of this.definitions.keys()) await boss.offWork(kind).catch(() => undefined);
    // A worker whose fetch was under way when it was stopped still works what that fetch returns: look twice.
    for (let waited = 0, idleLooks = 0; idleLooks < 2 && waited < STOP_GRACE_MS; waited += 250) {
      idleLooks = this.inFlight === 0 ? idleLooks + 1 : 0;
      if (idleLooks < 2) await sleep(250);
    }
  }

  /**
   * After the HTTP server has drained (Nest closes it between the destroy and the shutdown hooks): a request in
   * flight at SIGTERM still enqueues the work it causes.
   */
  async onApplicationShutdown(): Promise<void> {
    if (!this.boss || this.stopped) return;
    this.stopped = true;
    // Graceful: no new jobs are fetched, jobs in flight finish; one still running at the deadline expires and is retried.
    await this.boss
      .stop({ graceful: true, wait: true, timeout: STOP_GRACE_MS })
      .catch((error) => this.logger.warn(`stopping the job queue: ${(error as Error).message}`));
    // pg-boss removes its stopped workers in a loop that looks once a second until every worker is done. A batch still
    // running past the deadline ends first (it was failed, and will be retried); a batch fetched just as the queue
    // stopped can still start after that. So wait until no batch has run for longer than one look (1.1 s): then the
    // loop has seen every worker stopped and ended before the process (or a test environment) goes away under it.
    const stoppedAt = Date.now();
    for (let waited = 0; waited < STOP_GRACE_MS * 4; waited += 100) {
      if (this.inFlight === 0 && Date.now() - Math.max(stoppedAt, this.lastBatchEndedAt) >= 1100) break;
      await sleep(100);
    }
    process.off('unhandledRejection', this.onUnhandledRejection);
  }

  private started(): PgBoss {
    if (!this.boss || this.stopped) throw new Error('the job queue is not running');
    return this.boss;
  }
}
