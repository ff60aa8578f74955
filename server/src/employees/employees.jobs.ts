import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../jobs/job-queue.service';
import { LeavingDatesService } from './leaving-dates.service';

export const LEAVING_DATES_JOB = 'leaving-dates';

/**
 * Leaving dates recorded in advance take effect on their day, in the company's time zone: a pg-boss schedule every
 * hour (so a day's dates are applied within minutes of midnight, and an app that was down catches up when it is back).
 */
@Injectable()
export class EmployeesJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly leavingDates: LeavingDatesService,
  ) {}

  onModuleInit(): void {
    this.queue.define(LEAVING_DATES_JOB, () => this.leavingDates.applyDueLeavingDates(new Date()), { cron: '1 * * * *', policy: { retryLimit: 3 } });
  }
}
