import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { AuditRecord } from './audit.service';

/** What a listing or an export is narrowed to; from/to are calendar days in `timeZone`. */
export interface AuditFilter {
  actorId?: string;
  actions?: string[];
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  timeZone: string;
}

/** The position after the last row of a page: its time (microseconds, UTC, as text) and id. */
export type AuditKey = [at: string, id: string];

export interface AuditRow {
  id: string;
  createdAt: Date;
  /** created_at to the microsecond, which a JavaScript Date cannot hold: the keyset cursor needs it exact. */
  cursorAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  subjectName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// The subject's name now, looked up by its kind; kinds without a name (Slack, single sign-on...) show their kind only.
const SUBJECT_JOINS = `
  LEFT JOIN employees actor ON actor.id = a.actor_id
  LEFT JOIN employees s_employee ON a.subject_type = 'employee' AND s_employee.id = a.subject_id
  LEFT JOIN departments s_department ON a.subject_type = 'department' AND s_department.id = a.subject_id
  LEFT JOIN stories s_story ON a.subject_type = 'story' AND s_story.id = a.subject_id
  LEFT JOIN company_values s_value ON a.subject_type = 'company_value' AND s_value.id = a.subject_id
  LEFT JOIN badges s_badge ON a.subject_type = 'badge' AND s_badge.id = a.subject_id
  LEFT JOIN catalogue_items s_item ON a.subject_type = 'catalogue_item' AND s_item.id = a.subject_id
  LEFT JOIN rewards s_reward ON a.subject_type = 'reward' AND s_reward.id = a.subject_id
  LEFT JOIN employees s_reward_to ON s_reward_to.id = s_reward.recipient_id
  LEFT JOIN redemptions s_redemption ON a.subject_type = 'redemption' AND s_redemption.id = a.subject_id
  LEFT JOIN employees s_redemption_by ON s_redemption_by.id = s_redemption.employee_id
  LEFT JOIN webhook_subscriptions s_webhook ON a.subject_type = 'webhook_subscription' AND s_webhook.id = a.subject_id
  LEFT JOIN scim_tokens s_token ON a.subject_type = 'scim_token' AND s_token.id = a.subject_id`;

const COLUMNS = `a.id::text AS id, a.created_at AS "createdAt",
  to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
  a.actor_id AS "actorId", actor.name AS "actorName", a.action, a.subject_type AS "subjectType", a.subject_id AS "subjectId",
  COALESCE(s_employee.name, s_department.name, s_story.title, s_value.name, s_badge.name, s_item.title, s_reward_to.name,
    s_redemption.title || ' for ' || s_redemption_by.name, s_webhook.name, s_token.name) AS "subjectName",
  a.before, a.after`;

/** The only writer of audit_log: rows are added, never changed. Reads page by (created_at, id), newest first. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO ${manager.getRepository(AuditEntry).metadata.tableName} (actor_id, action, subject_type, subject_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [record.actorId, record.action, record.subjectType, record.subjectId, record.before ?? null, record.after ?? null],
    );
  }

  /** Many entries in one statement (a roster import's departures), in the order given. */
  async insertMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    const json = (value: Record<string, unknown> | null | undefined) => (value == null ? null : JSON.stringify(value));
    await manager.query(
      `INSERT INTO ${manager.getRepository(AuditEntry).metadata.tableName} (actor_id, action, subject_type, subject_id, before, after)
       SELECT actor_id, action, subject_type, subject_id, before::jsonb, after::jsonb
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::text[], $6::text[]) AS r(actor_id, action, subject_type, subject_id, before, after)`,
      [
        records.map((r) => r.actorId),
        records.map((r) => r.action),
        records.map((r) => r.subjectType),
        records.map((r) => r.subjectId),
        records.map((r) => json(r.before)),
        records.map((r) => json(r.after)),
      ],
    );
  }

  /** Up to `limit` entries after `after` (or from the newest), newest first. */
  async page(filter: AuditFilter, limit: number, after?: AuditKey): Promise<AuditRow[]> {
    const { where, params, p } = conditions(filter);
    // A separate condition for later pages, not `$1 IS NULL OR ...`, which falls into a generic plan (STACK-NOTES).
    if (after) where.push(`(a.created_at, a.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::bigint)`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_log a ${SUBJECT_JOINS} ${whereClause(where)} ORDER BY a.created_at DESC, a.id DESC LIMIT ${p(limit)}`,
      params,
    );
  }

  /** How many entries match, counting no further than `cap` (an exact count of a long log is a full scan). */
  async countUpTo(filter: AuditFilter, cap: number): Promise<number> {
    const { where, params, p } = conditions(filter);
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_log a ${whereClause(where)} LIMIT ${p(cap)}) matching`,
      params,
    );
    return rows[0]?.n ?? 0;
  }
}

function conditions(filter: AuditFilter): { where: string[]; params: unknown[]; p: (value: unknown) => string } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (filter.actorId) where.push(`a.actor_id = ${p(filter.actorId)}::uuid`);
  if (filter.actions?.length) where.push(`a.action = ANY(${p(filter.actions)}::varchar[])`);
  if (filter.subjectType) where.push(`a.subject_type = ${p(filter.subjectType)}`);
  if (filter.subjectId) where.push(`a.subject_id = ${p(filter.subjectId)}::uuid`);
  if (filter.from || filter.to) {
    const tz = p(filter.timeZone);
    if (filter.from) where.push(`a.created_at >= ((${p(filter.from)}::date)::timestamp AT TIME ZONE ${tz})`);
    if (filter.to) where.push(`a.created_at < (((${p(filter.to)}::date) + 1)::timestamp AT TIME ZONE ${tz})`);
  }
  return { where, params, p };
}

function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
