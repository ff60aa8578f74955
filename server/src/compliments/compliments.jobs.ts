import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../jobs/job-queue.service';
import { COMPLIMENT_CONFIRMATION_JOB, ComplimentsService } from './compliments.service';

@Injectable()
export class ComplimentsJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly compliments: ComplimentsService,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ complimentId: string; language?: string }>(COMPLIMENT_CONFIRMATION_JOB, (job) => this.compliments.sendConfirmation(job), {
      policy: { retryLimit: 3 },
    });
  }
}
