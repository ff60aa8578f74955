import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryStatus } from './webhook-delivery.entity';

export interface SubscriptionRow {
  id: string;
  name: string;
  url: string;
  events: string[];
  secretSealed: string;
  secretHint: string;
  active: boolean;
  pausedAt: Date | null;
  consecutiveFailures: number;
  createdAt: Date;
}

export interface DeliveryRow {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

const SUBSCRIPTION = `id, name, url, events, secret_sealed AS "secretSealed", secret_hint AS "secretHint", active, paused_at AS "pausedAt",
  consecutive_failures AS "consecutiveFailures", created_at AS "createdAt"`;
const DELIVERY = `id, subscription_id AS "subscriptionId", event_id AS "eventId", event_type AS "eventType", status, attempts,
  response_status AS "responseStatus", response_body AS "responseBody", last_attempt_at AS "lastAttemptAt", next_attempt_at AS "nextAttemptAt", created_at AS "createdAt"`;

/** The only writer of webhook_subscriptions and webhook_deliveries. UPDATE/DELETE … RETURNING run inside a CTE because TypeORM answers a bare one with [rows, count]. */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<SubscriptionRow[]> {
    return this.dataSource.query(`SELECT ${SUBSCRIPTION} FROM webhook_subscriptions ORDER BY created_at, id`);
  }

  async get(id: string): Promise<SubscriptionRow | null> {
    const rows = await this.dataSource.query(`SELECT ${SUBSCRIPTION} FROM webhook_subscriptions WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Read in the caller's transaction when given one (it is asked while a change is being made). */
  async anyActive(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: { any: boolean }[] = await manager.query(`SELECT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active AND paused_at IS NULL) AS any`);
    return rows[0].any;
  }

  /** The live subscriptions to an event type that existed when the event happened (a later one gets only later events). */
  listening(eventType: string, happenedAt: string): Promise<SubscriptionRow[]> {
    return this.dataSource.query(
      `SELECT ${SUBSCRIPTION} FROM webhook_subscriptions WHERE active AND paused_at IS NULL AND $1 = ANY(events) AND created_at <= $2::timestamptz`,
      [eventType, happenedAt],
    );
  }

  async insert(row: { name: string; url: string; events: string[]; secretSealed: string; secretHint: string; createdById: string }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO webhook_subscriptions (name, url, events, secret_sealed, secret_hint, created_by_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.name, row.url, row.events, row.secretSealed, row.secretHint, row.createdById],
    );
    return rows[0].id;
  }

  async update(id: string, changes: { name?: string; url?: string; events?: string[]; active?: boolean }): Promise<void> {
    // Resuming (active: true) clears a pause and its failure streak.
    await this.dataSource.query(
      `UPDATE webhook_subscriptions
          SET name = COALESCE($2, name), url = COALESCE($3, url), events = COALESCE($4, events), active = COALESCE($5, active),
              paused_at = CASE WHEN $5 IS TRUE THEN NULL ELSE paused_at END,
              consecutive_failures = CASE WHEN $5 IS TRUE THEN 0 ELSE consecutive_failures END
        WHERE id = $1`,
      [id, changes.name ?? null, changes.url ?? null, changes.events ?? null, changes.active ?? null],
    );
  }

  async remove(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`WITH changed AS (DELETE FROM webhook_subscriptions WHERE id = $1 RETURNING id) SELECT * FROM changed`, [id]);
    return rows.length > 0;
  }

  /** One delivery per subscription and event: a fan-out that runs twice queues nothing new. Returns the new id or null. */
  async insertDelivery(subscriptionId: string, eventId: string, eventType: string, payload: object): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload, next_attempt_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
      [subscriptionId, eventId, eventType, payload],
    );
    return rows[0]?.id ?? null;
  }

  async deliveryToAttempt(id: string): Promise<(DeliveryRow & { payload: object; url: string; secretSealed: string; live: boolean }) | null> {
    const rows = await this.dataSource.query(
      `SELECT d.id, d.subscription_id AS "subscriptionId", d.event_id AS "eventId", d.event_type AS "eventType", d.status, d.attempts, d.payload,
              s.url, s.secret_sealed AS "secretSealed", (s.active AND s.paused_at IS NULL) AS live
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async recordAttempt(
    id: string,
    attempt: { status: DeliveryStatus; responseStatus: number | null; responseBody: string | null; nextAttemptAt: Date | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, response_status = $3, response_body = left($4, 4096), last_attempt_at = now(), next_attempt_at = $5
        WHERE id = $1`,
      [id, attempt.status, attempt.responseStatus, attempt.responseBody, attempt.nextAttemptAt],
    );
  }

  /** After a delivery ends: a success clears the streak; a failure adds to it. Returns the streak. */
  async recordOutcome(subscriptionId: string, delivered: boolean): Promise<number> {
    const rows: { consecutiveFailures: number }[] = await this.dataSource.query(
      `WITH changed AS (UPDATE webhook_subscriptions SET consecutive_failures = CASE WHEN $2 THEN 0 ELSE consecutive_failures + 1 END WHERE id = $1
       RETURNING consecutive_failures AS "consecutiveFailures") SELECT * FROM changed`,
      [subscriptionId, delivered],
    );
    return rows[0]?.consecutiveFailures ?? 0;
  }

  /** Pauses once: true only for the call that paused it. */
  async pause(subscriptionId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `WITH changed AS (UPDATE webhook_subscriptions SET paused_at = now() WHERE id = $1 AND paused_at IS NULL RETURNING id) SELECT * FROM changed`,
      [subscriptionId],
    );
    return rows.length > 0;
  }

  async requeue(deliveryId: string, subscriptionId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `WITH changed AS (UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now() WHERE id = $1 AND subscription_id = $2 RETURNING id) SELECT * FROM changed`,
      [deliveryId, subscriptionId],
    );
    return rows.length > 0;
  }

  deliveries(subscriptionId: string, limit: number, before?: [string, string]): Promise<DeliveryRow[]> {
    return before
      ? this.dataSource.query(
          `SELECT ${DELIVERY} FROM webhook_deliveries WHERE subscription_id = $1 AND (created_at, id) < ($3::timestamptz, $4::uuid) ORDER BY created_at DESC, id DESC LIMIT $2`,
          [subscriptionId, limit, before[0], before[1]],
        )
      : this.dataSource.query(`SELECT ${DELIVERY} FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [
          subscriptionId,
          limit,
        ]);
  }
}
