import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ComplimentsModule } from '../compliments/compliments.module';
import { HelpdeskRatingsController, HelpdeskSourcesController } from './helpdesk.controller';
import { HelpdeskRepository } from './helpdesk.repository';
import { HelpdeskService } from './helpdesk.service';

/** Helpdesk sources (owner of helpdesk_sources) and their signed endpoint; the compliments they send belong to compliments. */
@Module({
  imports: [AuditModule, ComplimentsModule],
  controllers: [HelpdeskSourcesController, HelpdeskRatingsController],
  providers: [HelpdeskRepository, HelpdeskService],
})
export class HelpdeskModule {}
