import { Module } from '@nestjs/common';
import { JobsRepository } from './jobs.repository';
import { ScheduledJobsService } from './scheduled-jobs.service';

@Module({ providers: [JobsRepository, ScheduledJobsService] })
export class JobsModule {}
