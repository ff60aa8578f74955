import { Global, Module } from '@nestjs/common';
import { IntegrationEventsRepository } from './integration-events.repository';
import { IntegrationEventsService } from './integration-events.service';

/** Global and low in the module graph: features publish through it; webhooks, Slack and Teams register as its sinks. */
@Global()
@Module({
  providers: [IntegrationEventsRepository, IntegrationEventsService],
  exports: [IntegrationEventsService],
})
export class IntegrationEventsModule {}
