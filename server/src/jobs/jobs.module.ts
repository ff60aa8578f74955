import { Global, Module } from '@nestjs/common';
import { JobQueueService } from './job-queue.service';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/** Global: every feature enqueues through JobQueueService and defines its kinds in `<feature>.jobs.ts`. */
@Global()
@Module({
  controllers: [JobsController],
  providers: [JobQueueService, JobsRepository, JobsService],
  exports: [JobQueueService],
})
export class JobsModule {}
