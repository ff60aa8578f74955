import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRecord, AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { SecretBox } from '../common/secret-box';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../jobs/job-queue.service';
import { IntegrationEvent, IntegrationEventSink } from './integration-event';
import { IntegrationEventsService } from './integration-events.service';

/** What every outbound sink is built from; provide it beside the sink in the sink's module. */
@Injectable()
export class OutboundSinkParts {
  constructor(
    readonly dataSource: DataSource,
    readonly queue: JobQueueService,
    readonly events: IntegrationEventsService,
    readonly audit: AuditService,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}

/**
 * Webhooks, Slack and Teams alike: a sink of the integration events (registered at start, before its jobs are
 * defined), its destinations' secrets sealed at rest, its changes audited and its deliveries on the job queue.
 */
export abstract class OutboundSink implements OnModuleInit, IntegrationEventSink {
  protected readonly logger: Logger;
  protected readonly box: SecretBox;
  protected readonly dataSource: DataSource;
  protected readonly queue: JobQueueService;
  protected readonly events: IntegrationEventsService;
  protected readonly audit: AuditService;
  protected readonly config: AppConfig;

  protected constructor(
    readonly name: string,
    loggerName: string,
    parts: OutboundSinkParts,
  ) {
    this.logger = new Logger(loggerName);
    this.box = new SecretBox(parts.config.secretsKey);
    ({ dataSource: this.dataSource, queue: this.queue, events: this.events, audit: this.audit, config: this.config } = parts);
  }

  onModuleInit(): void {
    this.events.registerSink(this);
    this.defineJobs();
  }

  /** An audit entry in a transaction of its own (the change it records is already written). */
  protected async audited(entry: AuditRecord): Promise<void> {
    await this.dataSource.transaction((manager) => this.audit.record(manager, entry));
  }

  /** An admin's change to this sink's own settings, audited with the sink's name as the subject type. */
  protected record(actor: CurrentEmployee, action: string, subjectId: string, after?: Record<string, unknown>): Promise<void> {
    return this.audited({ actorId: actor.id, action, subjectType: this.name, subjectId, after });
  }

  /** The sink's jobs on the queue (deliveries, scheduled summaries). */
  protected abstract defineJobs(): void;
  abstract configured(manager: EntityManager): Promise<boolean>;
  abstract accept(event: IntegrationEvent): Promise<void>;
}
