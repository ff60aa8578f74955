import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../jobs/job-queue.service';
import { PointsService } from './points.service';

export const POINTS_EXPIRY_JOB = 'points-expiry';

/** Expiry of old and leavers' points, once a day on a pg-boss schedule (expirePoints is idempotent per company day). */
@Injectable()
export class PointsJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly points: PointsService,
  ) {}

  onModuleInit(): void {
    this.queue.define(POINTS_EXPIRY_JOB, () => this.points.expirePoints(new Date()), { cron: '5 0 * * *', policy: { retryLimit: 3 } });
  }
}
