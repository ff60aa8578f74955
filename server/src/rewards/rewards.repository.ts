import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChampionPeriod, RewardKind } from './reward.entity';
import { RewardRow } from './dto/reward.dto';

export interface NewReward {
  giverId: string;
  recipientId: string;
  recipientDepartmentId: string;
  storyId: string | null;
  kind: RewardKind;
  points: number;
  badgeId: string | null;
  citation: string;
  championPeriod: ChampionPeriod | null;
  periodStart: string | null;
  championDepartmentId: string | null;
  budgetQuarter: string | null;
  awardedOn: string;
}

export interface RecipientRow {
  id: string;
  name: string;
  departmentId: string;
  leftOn: string | null;
}

/** Who may see which rewards: admins all; managers their own and their departments'; everyone their own. */
export interface LedgerScope {
  all: boolean;
  viewerId: string;
  departmentIds: string[];
}

export interface RewardFilter {
  recipientId?: string;
  giverId?: string;
  storyId?: string;
  kind?: RewardKind;
}

const REWARD_COLUMNS = `
  r.id, r.kind, r.points, r.badge_id AS "badgeId", b.name AS "badgeName", b.icon AS "badgeIcon", r.citation, r.recipient_id AS "recipientId", rc.name AS "recipientName",
  r.recipient_department_id AS "departmentId", rd.name AS "departmentName", r.giver_id AS "giverId", g.name AS "giverName",
  r.story_id AS "storyId", s.title AS "storyTitle", gr.id AS "giftRedemptionId", gr.title AS "giftTitle", gr.status AS "giftStatus", r.champion_period AS "championPeriod", r.period_start AS "periodStart",
  r.champion_department_id AS "championDepartmentId", cd.name AS "championDepartmentName", r.awarded_on AS "awardedOn",
  r.created_at AS "createdAt", r.revoked_at AS "revokedAt", r.revoke_reason AS "revokeReason"`;

const REWARD_JOINS = `
  JOIN employees rc ON rc.id = r.recipient_id
  JOIN departments rd ON rd.id = r.recipient_department_id
  JOIN employees g ON g.id = r.giver_id
  LEFT JOIN stories s ON s.id = r.story_id
  LEFT JOIN badges b ON b.id = r.badge_id
  LEFT JOIN redemptions gr ON gr.reward_id = r.id
  LEFT JOIN departments cd ON cd.id = r.champion_department_id`;

/** A unique_violation on the one-champion-per-department-and-period index. */
export function isChampionTaken(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  return code === '23505' && constraint === 'uq_rewards_champion_department_period';
}

@Injectable()
export class RewardsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recipient(id: string): Promise<RecipientRow | null> {
    const [row] = await this.dataSource.query(`SELECT id, name, department_id AS "departmentId", left_on AS "leftOn" FROM employees WHERE id = $1`, [id]);
    return row ?? null;
  }

  async insert(manager: EntityManager, reward: NewReward): Promise<{ id: string; createdAt: Date }> {
    const [row] = await manager.query(
      `INSERT INTO rewards (giver_id, recipient_id, recipient_department_id, story_id, kind, points, citation, champion_period, period_start,
                            champion_department_id, budget_quarter, awarded_on, badge_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id, created_at AS "createdAt"`,
      [
        reward.giverId,
        reward.recipientId,
        reward.recipientDepartmentId,
        reward.storyId,
        reward.kind,
        reward.points,
        reward.citation,
        reward.championPeriod,
        reward.periodStart,
        reward.championDepartmentId,
        reward.budgetQuarter,
        reward.awardedOn,
        reward.badgeId,
      ],
    );
    return row;
  }

  async currentChampion(departmentId: string, period: ChampionPeriod, periodStart: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT e.name FROM rewards r JOIN employees e ON e.id = r.recipient_id
        WHERE r.kind = 'champion' AND r.revoked_at IS NULL AND r.champion_department_id = $1 AND r.champion_period = $2 AND r.period_start = $3`,
      [departmentId, period, periodStart],
    );
    return row?.name ?? null;
  }

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<(RewardRow & { budgetQuarter: string | null }) | null> {
    const [row] = await manager.query(`SELECT ${REWARD_COLUMNS}, r.budget_quarter AS "budgetQuarter" FROM rewards r ${REWARD_JOINS} WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  /** Marks the reward revoked if it still is live and young enough; null when another request got there first. */
  async revoke(manager: EntityManager, id: string, byId: string, reason: string, windowHours: number): Promise<{ createdAt: Date } | null> {
    const rows = await manager.query(
      `WITH revoked AS (
         UPDATE rewards SET revoked_at = now(), revoked_by_id = $2, revoke_reason = $3
          WHERE id = $1 AND revoked_at IS NULL AND created_at > now() - make_interval(hours => $4)
          RETURNING created_at)
       SELECT created_at AS "createdAt" FROM revoked`,
      [id, byId, reason, windowHours],
    );
    return rows[0] ?? null;
  }

  async page(scope: LedgerScope, filter: RewardFilter, limit: number, after?: [string, string]): Promise<RewardRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (!scope.all) {
      const viewer = param(scope.viewerId);
      where.push(`(r.recipient_id = ${viewer} OR r.giver_id = ${viewer} OR r.recipient_department_id = ANY(${param(scope.departmentIds)}::uuid[]))`);
    }
    if (filter.recipientId) where.push(`r.recipient_id = ${param(filter.recipientId)}`);
    if (filter.giverId) where.push(`r.giver_id = ${param(filter.giverId)}`);
    if (filter.storyId) where.push(`r.story_id = ${param(filter.storyId)}`);
    if (filter.kind) where.push(`r.kind = ${param(filter.kind)}`);
    if (after) where.push(`(r.created_at, r.id) < (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`);
    return this.dataSource.query(
      `SELECT ${REWARD_COLUMNS} FROM rewards r ${REWARD_JOINS}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.created_at DESC, r.id DESC LIMIT ${param(limit)}`,
      params,
    );
  }

  async champions(filter: { employeeId?: string; departmentId?: string; period?: ChampionPeriod }, limit: number): Promise<RewardRow[]> {
    return this.dataSource.query(
      `SELECT ${REWARD_COLUMNS} FROM rewards r ${REWARD_JOINS}
        WHERE r.kind = 'champion' AND r.revoked_at IS NULL
          AND ($1::uuid IS NULL OR r.recipient_id = $1) AND ($2::uuid IS NULL OR r.champion_department_id = $2)
          AND ($3::champion_period IS NULL OR r.champion_period = $3)
        ORDER BY r.period_start DESC, r.champion_period DESC, cd.name, r.id LIMIT $4`,
      [filter.employeeId ?? null, filter.departmentId ?? null, filter.period ?? null, limit],
    );
  }
}
