import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboundSinkParts } from '../integration-events/outbound-sink';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [AuditModule],
  controllers: [WebhooksController],
  providers: [OutboundSinkParts, WebhooksRepository, WebhooksService],
})
export class WebhooksModule {}
