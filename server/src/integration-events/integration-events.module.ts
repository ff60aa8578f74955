import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { IntegrationEventsRepository } from './integration-events.repository';
import { IntegrationEventsService } from './integration-events.service';

/** Low in the module graph: features that publish import it; webhooks, Slack and Teams register as its sinks. */
@Module({
  imports: [JobsModule],
  providers: [IntegrationEventsRepository, IntegrationEventsService],
  exports: [IntegrationEventsService],
})
export class IntegrationEventsModule {}
