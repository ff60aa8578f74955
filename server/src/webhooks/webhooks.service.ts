import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { CurrentEmployee } from '../common/current-employee';
import { checkOutboundUrl, OutboundRefused, postOutbound } from '../common/outbound-http';
import { secretHint } from '../common/secret-box';
import { IntegrationEvent } from '../integration-events/integration-event';
import { OutboundSink, OutboundSinkParts } from '../integration-events/outbound-sink';
import {
  CreatedWebhookSubscriptionDto,
  CreateWebhookSubscriptionDto,
  ListWebhookDeliveriesQueryDto,
  UpdateWebhookSubscriptionDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookSubscriptionDto,
} from './dto/webhook.dto';
import { WebhooksErrors } from './webhooks.errors';
import { afterAttempt, shouldPause, signatureHeader } from './webhooks.policy';
import { DeliveryRow, SubscriptionRow, WebhooksRepository } from './webhooks.repository';

export const DELIVERY_JOB = 'webhook-delivery';

/** Admin-managed subscriptions of outside systems to Heroics' events, each delivery signed and retried on the queue. */
@Injectable()
export class WebhooksService extends OutboundSink {
  constructor(
    private readonly webhooks: WebhooksRepository,
    parts: OutboundSinkParts,
  ) {
    super('webhooks', 'Webhooks', parts);
  }

  protected defineJobs(): void {
    this.queue.define<{ deliveryId: string }>(DELIVERY_JOB, ({ deliveryId }) => this.attempt(deliveryId), { policy: { retryLimit: 3 }, batchSize: 10 });
  }

  async list(): Promise<WebhookSubscriptionDto[]> {
    return (await this.webhooks.list()).map(toSubscriptionDto);
  }

  async create(actor: CurrentEmployee, dto: CreateWebhookSubscriptionDto): Promise<CreatedWebhookSubscriptionDto> {
    await this.checkUrl(dto.url);
    const secret = dto.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
    const id = await this.webhooks.insert({
      name: dto.name,
      url: dto.url,
      events: dto.events,
      secretSealed: this.box.seal(secret),
      secretHint: secretHint(secret),
      createdById: actor.id,
    });
    await this.audited({
      actorId: actor.id,
      action: 'webhook.created',
      subjectType: 'webhook_subscription',
      subjectId: id,
      after: { name: dto.name, url: dto.url, events: dto.events },
    });
    this.events.configurationChanged();
    return { ...(await this.get(id)), secret };
  }

  async update(actor: CurrentEmployee, id: string, dto: UpdateWebhookSubscriptionDto): Promise<WebhookSubscriptionDto> {
    const before = await this.load(id);
    if (dto.url !== undefined) await this.checkUrl(dto.url);
    await this.webhooks.update(id, dto);
    await this.audited({
      actorId: actor.id,
      action: 'webhook.updated',
      subjectType: 'webhook_subscription',
      subjectId: id,
      before: { url: before.url, events: before.events, active: before.active },
      after: { ...dto },
    });
    this.events.configurationChanged();
    return this.get(id);
  }

  /** Deleting stops deliveries at once: queued attempts find no subscription and end. */
  async remove(actor: CurrentEmployee, id: string): Promise<void> {
    const before = await this.load(id);
    await this.webhooks.remove(id);
    await this.audited({
      actorId: actor.id,
      action: 'webhook.deleted',
      subjectType: 'webhook_subscription',
      subjectId: id,
      before: { name: before.name, url: before.url },
    });
    this.events.configurationChanged();
  }

  async deliveries(id: string, query: ListWebhookDeliveriesQueryDto): Promise<WebhookDeliveryPageDto> {
    await this.load(id);
    const limit = query.limit ?? 20;
    const before = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const { rows, nextCursor } = keysetPage(await this.webhooks.deliveries(id, limit + 1, before), limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return { items: rows.map(toDeliveryDto), nextCursor };
  }

  async redeliver(actor: CurrentEmployee, id: string, deliveryId: string): Promise<void> {
    await this.load(id);
    if (!(await this.webhooks.requeue(deliveryId, id))) throw WebhooksErrors.deliveryNotFound();
    await this.queue.enqueue(DELIVERY_JOB, { deliveryId }, { key: `${deliveryId}:again:${Date.now()}` });
    await this.audited({ actorId: actor.id, action: 'webhook.redelivered', subjectType: 'webhook_delivery', subjectId: deliveryId });
  }

  configured(manager: EntityManager): Promise<boolean> {
    return this.webhooks.anyActive(manager);
  }

  async accept(event: IntegrationEvent): Promise<void> {
    const body = { id: event.id, type: event.type, createdAt: event.createdAt, data: event.data };
    for (const subscription of await this.webhooks.listening(event.type, event.createdAt)) {
      const deliveryId = await this.webhooks.insertDelivery(subscription.id, event.id, event.type, body);
      if (deliveryId) await this.queue.enqueue(DELIVERY_JOB, { deliveryId }, { key: deliveryId });
    }
  }

  /** One attempt of one delivery; a failure is recorded and the next attempt queued with backoff (visible in the log). */
  async attempt(deliveryId: string): Promise<string> {
    const delivery = await this.webhooks.deliveryToAttempt(deliveryId);
    if (!delivery) return 'subscription removed';
    if (!delivery.live) return 'subscription paused or off';
    if (delivery.status !== 'pending') return `already ${delivery.status}`;
    const body = JSON.stringify(delivery.payload);
    const secret = this.box.open(delivery.secretSealed);
    let responseStatus: number | null = null;
    let responseBody: string | null;
    try {
      const response = await postOutbound(
        delivery.url,
        body,
        {
          'Heroics-Signature': signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
          'Heroics-Event': delivery.eventType,
          'Heroics-Delivery': delivery.id,
        },
        { ...this.config.webhooks },
      );
      responseStatus = response.status;
      responseBody =
        response.status >= 300 && response.status < 400 ? `Redirects are not followed (Location: ${response.headers.location ?? '—'}).` : response.body;
    } catch (error) {
      responseBody = error instanceof OutboundRefused ? error.message : `No answer: ${(error as Error).message}`;
    }
    const outcome = afterAttempt(responseStatus, delivery.attempts + 1, this.config.webhooks);
    if (outcome.kind === 'retry') {
      await this.webhooks.recordAttempt(delivery.id, {
        status: 'pending',
        responseStatus,
        responseBody,
        nextAttemptAt: new Date(Date.now() + outcome.delaySeconds * 1000),
      });
      await this.queue.enqueue(DELIVERY_JOB, { deliveryId }, { key: `${deliveryId}:${delivery.attempts + 1}`, startAfterSeconds: outcome.delaySeconds });
      return `attempt ${delivery.attempts + 1} failed; retrying in ${outcome.delaySeconds} s`;
    }
    const delivered = outcome.kind === 'delivered';
    await this.webhooks.recordAttempt(delivery.id, { status: delivered ? 'delivered' : 'failed', responseStatus, responseBody, nextAttemptAt: null });
    const streak = await this.webhooks.recordOutcome(delivery.subscriptionId, delivered);
    if (!delivered && shouldPause(streak) && (await this.webhooks.pause(delivery.subscriptionId))) await this.paused(delivery.subscriptionId, streak);
    return delivered ? 'delivered' : 'failed';
  }

  private async paused(subscriptionId: string, streak: number): Promise<void> {
    this.logger.warn(`webhook subscription ${subscriptionId} paused after ${streak} failed deliveries in a row`);
    this.events.configurationChanged();
    await this.audited({
      actorId: null,
      action: 'webhook.paused',
      subjectType: 'webhook_subscription',
      subjectId: subscriptionId,
      after: { consecutiveFailures: streak },
    });
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await checkOutboundUrl(url, this.config.webhooks);
    } catch (error) {
      if (error instanceof OutboundRefused) throw WebhooksErrors.urlRefused(error.message);
      throw error;
    }
  }

  private async load(id: string): Promise<SubscriptionRow> {
    const row = await this.webhooks.get(id);
    if (!row) throw WebhooksErrors.notFound();
    return row;
  }

  private async get(id: string): Promise<WebhookSubscriptionDto> {
    return toSubscriptionDto(await this.load(id));
  }
}

function toSubscriptionDto(row: SubscriptionRow): WebhookSubscriptionDto {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events as WebhookSubscriptionDto['events'],
    secretHint: row.secretHint,
    active: row.active,
    pausedAt: row.pausedAt ? new Date(row.pausedAt).toISOString() : null,
    consecutiveFailures: row.consecutiveFailures,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

function toDeliveryDto(row: DeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    responseBody: row.responseBody,
    lastAttemptAt: iso(row.lastAttemptAt),
    nextAttemptAt: iso(row.nextAttemptAt),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
