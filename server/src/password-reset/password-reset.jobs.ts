import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../jobs/job-queue.service';
import { PASSWORD_RESET_JOB, PasswordResetJob, PasswordResetService } from './password-reset.service';

@Injectable()
export class PasswordResetJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly resets: PasswordResetService,
  ) {}

  onModuleInit(): void {
    // A reset link is wanted now: fewer, quicker retries than other mail.
    this.queue.define<PasswordResetJob>(PASSWORD_RESET_JOB, (job) => this.resets.sendLink(job), { policy: { retryLimit: 3 } });
  }
}
