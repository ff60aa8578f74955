import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { JobsRepository } from './jobs.repository';
import { ScheduledJobsService } from './scheduled-jobs.service';

@Module({ imports: [PointsModule], providers: [JobsRepository, ScheduledJobsService] })
export class JobsModule {}
