import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../jobs/job-queue.service';
import { IntegrationEvent, IntegrationEventSink, IntegrationEventSubject, IntegrationEventType } from './integration-event';
import { IntegrationEventsRepository } from './integration-events.repository';

export const FAN_OUT_JOB = 'integration-event';
const CONFIGURED_CHECK_MS = 5_000;

interface QueuedEvent {
  id: string;
  type: IntegrationEventType;
  createdAt: string;
  subject: IntegrationEventSubject;
}

/**
 * The one way features tell other systems what happened. `publish` queues the event inside the caller's transaction
 * (so it exists exactly when the change commits); the fan-out job reads a snapshot and hands it to each configured
 * sink (webhooks, Slack, Teams), which queue their own deliveries.
 */
@Injectable()
export class IntegrationEventsService implements OnModuleInit {
  private readonly logger = new Logger('IntegrationEvents');
  private readonly sinks: IntegrationEventSink[] = [];
  private configuredCache = false;
  private configuredUntil = 0;

  constructor(
    private readonly queue: JobQueueService,
    private readonly events: IntegrationEventsRepository,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define<QueuedEvent>(FAN_OUT_JOB, (event) => this.fanOut(event), { policy: { retryLimit: 5 }, batchSize: 10 });
  }

  registerSink(sink: IntegrationEventSink): void {
    this.sinks.push(sink);
  }

  async publish(manager: EntityManager, type: IntegrationEventType, subject: IntegrationEventSubject): Promise<void> {
    if (!(await this.anyConfigured(manager))) return;
    const event: QueuedEvent = { id: randomUUID(), type, createdAt: new Date().toISOString(), subject };
    await this.queue.enqueue(FAN_OUT_JOB, event, { manager, key: event.id });
  }

  /** The absolute link to a page of the app, for messages read outside it. */
  appUrl(path: string): string {
    return `${this.config.publicUrl ?? `http://localhost:${this.config.port}`}${path}`;
  }

  /** Call when a destination is added or removed, so the next change is (or is no longer) queued at once here. */
  configurationChanged(): void {
    this.configuredUntil = 0;
  }

  /**
   * Whether any destination exists, re-read at most every CONFIGURED_CHECK_MS: a company with no integration queues
   * nothing for its writes. Another instance notices a new integration within that interval.
   */
  /** The most endorsed stories since a day, with their links: for weekly summaries and chat answers. */
  async topStoriesSince(
    departmentId: string | null,
    since: string,
    limit = 5,
  ): Promise<{ title: string; url: string; heroes: string; endorsementCount: number }[]> {
    return (await this.events.topStoriesSince(departmentId, since, limit)).map((s) => ({ ...s, heroes: s.heroes ?? '', url: this.appUrl(`/stories/${s.id}`) }));
  }

  /** In the caller's transaction: a change waiting for a second pooled connection could wait for ever under load. */
  private async anyConfigured(manager: EntityManager): Promise<boolean> {
    if (Date.now() < this.configuredUntil) return this.configuredCache;
    let any = false;
    for (const sink of this.sinks) if (await sink.configured(manager)) any = true;
    this.configuredCache = any;
    this.configuredUntil = Date.now() + CONFIGURED_CHECK_MS;
    return any;
  }

  async fanOut(queued: QueuedEvent): Promise<number> {
    const event = await this.snapshot(queued);
    if (!event) return 0;
    let accepted = 0;
    for (const sink of this.sinks) {
      if (!(await sink.configured(this.dataSource.manager))) continue;
      await sink.accept(event);
      accepted++;
    }
    return accepted;
  }

  private async snapshot(queued: QueuedEvent): Promise<IntegrationEvent | null> {
    const { subject } = queued;
    const data: IntegrationEvent['data'] = {};
    const departmentIds = new Set<string>();
    if (subject.storyId) {
      const story = await this.events.story(subject.storyId);
      // A story hidden or deleted before the event went out is not announced.
      if (!story || !story.visible) return null;
      const { visible: _visible, ...rest } = story;
      data.story = { ...rest, url: this.appUrl(`/stories/${story.id}`) };
      story.departmentIds.forEach((id) => departmentIds.add(id));
    }
    if (subject.endorserId && subject.storyId) {
      const endorser = await this.events.person(subject.endorserId);
      if (endorser)
        data.endorsement = {
          endorser: { id: endorser.id, name: endorser.name, email: endorser.email },
          comment: await this.events.endorsementComment(subject.storyId, subject.endorserId),
        };
    }
    if (subject.rewardId) {
      const reward = await this.events.reward(subject.rewardId);
      if (!reward) return null;
      data.reward = reward;
      departmentIds.add(reward.departmentId);
    }
    if (subject.employeeId) {
      const employee = await this.events.person(subject.employeeId);
      if (!employee) return null;
      data.employee = employee;
      departmentIds.add(employee.departmentId);
    }
    this.logger.debug(`fanning out ${queued.type} ${queued.id}`);
    return { id: queued.id, type: queued.type, createdAt: queued.createdAt, data, departmentIds: [...departmentIds] };
  }
}
