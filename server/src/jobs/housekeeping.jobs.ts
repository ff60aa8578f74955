import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from './job-queue.service';
import { JobsRepository } from './jobs.repository';

export const HOUSEKEEPING_JOB = 'housekeeping';

/** Purges rows that only expire, on a pg-boss schedule: one job per cron slot, whichever instance takes it. */
@Injectable()
export class HousekeepingJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly jobs: JobsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define(HOUSEKEEPING_JOB, () => this.run(), { cron: this.config.jobs.housekeepingCron, policy: { retryLimit: 2 } });
  }

  async run(): Promise<{ refreshTokens: number; throttles: number }> {
    return { refreshTokens: await this.jobs.purgeExpiredRefreshTokens(), throttles: await this.jobs.purgeExpiredThrottles() };
  }
}
