import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../jobs/job-queue.service';
import { SessionsRepository } from './sessions.repository';

export const HOUSEKEEPING_JOB = 'housekeeping';

/** Purges auth's rows that only expire (refresh tokens, throttle counters), on a pg-boss schedule: one job per cron slot, whichever instance takes it. */
@Injectable()
export class HousekeepingJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define(HOUSEKEEPING_JOB, () => this.run(), { cron: this.config.jobs.housekeepingCron, policy: { retryLimit: 2 } });
  }

  async run(): Promise<{ refreshTokens: number; throttles: number }> {
    return { refreshTokens: await this.sessions.purgeExpiredRefreshTokens(), throttles: await this.sessions.purgeExpiredThrottles() };
  }
}
