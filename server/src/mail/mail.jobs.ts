import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../jobs/job-queue.service';
import { MailService, OutgoingMail, SEND_EMAIL_JOB } from './mail.service';

@Injectable()
export class MailJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    // Twenty at a time: a digest morning or an invitation of the whole roster is thousands of emails.
    this.queue.define<OutgoingMail>(SEND_EMAIL_JOB, (mail) => this.mail.deliver(mail), { batchSize: 20 });
  }
}
