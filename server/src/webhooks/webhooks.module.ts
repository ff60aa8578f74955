import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IntegrationEventsModule } from '../integration-events/integration-events.module';
import { JobsModule } from '../jobs/jobs.module';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [AuditModule, IntegrationEventsModule, JobsModule],
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService],
})
export class WebhooksModule {}
