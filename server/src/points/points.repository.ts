import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PointsEntryKind } from './points-entry.entity';
import { PointsLot } from './points.policy';
import { POINTS_BALANCE_DIFFERENCES_SQL } from './points.sql';

export interface NewPointsEntry {
  employeeId: string;
  kind: PointsEntryKind;
  /** Signed. */
  points: number;
  rewardId?: string | null;
  redemptionId?: string | null;
  receivedOn?: string | null;
  note?: string;
}

export interface PointsPerson {
  id: string;
  name: string;
  departmentId: string;
  managerId: string | null;
  leftOn: string | null;
}

export interface PointsEntryRow {
  id: string;
  kind: PointsEntryKind;
  points: number;
  note: string;
  rewardId: string | null;
  redemptionId: string | null;
  rewardCitation: string | null;
  rewardGiverName: string | null;
  redemptionTitle: string | null;
  createdAt: Date;
}

export interface PointsSettingsRow {
  expiryMonths: number | null;
  leaderboardPublic: boolean;
  leaverGraceDays: number;
}

export interface BalanceDifference {
  employeeId: string;
  name: string;
  balance: number;
  ledger: number;
  sources: number;
}

/** The only writer of points_accounts, points_entries and points_settings. */
@Injectable()
export class PointsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async person(id: string): Promise<PointsPerson | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, name, department_id AS "departmentId", manager_id AS "managerId", left_on AS "leftOn" FROM employees WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async balance(employeeId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query('SELECT balance FROM points_accounts WHERE employee_id = $1', [employeeId]);
    return row?.balance ?? 0;
  }

  /** The account row, created at zero if missing and locked until the transaction ends: one redemption per person at a time. */
  async lock(manager: EntityManager, employeeId: string): Promise<number> {
    await manager.query('INSERT INTO points_accounts (employee_id, balance) VALUES ($1, 0) ON CONFLICT (employee_id) DO NOTHING', [employeeId]);
    const [row] = await manager.query('SELECT balance FROM points_accounts WHERE employee_id = $1 FOR UPDATE', [employeeId]);
    return row.balance;
  }

  async credit(manager: EntityManager, entry: NewPointsEntry): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO points_accounts (employee_id, balance) VALUES ($1, $2)
       ON CONFLICT (employee_id) DO UPDATE SET balance = points_accounts.balance + EXCLUDED.balance, updated_at = now() RETURNING balance`,
      [entry.employeeId, entry.points],
    );
    await this.insertEntry(manager, entry);
    return row.balance;
  }

  /**
   * Takes `entry.points` (negative) off the balance if it is there. The UPDATE holds the row lock and PostgreSQL
   * re-checks the condition on the newest row version after waiting, so two spends can never take the same points.
   */
  async debit(manager: EntityManager, entry: NewPointsEntry): Promise<number | null> {
    const rows = await manager.query(
      `WITH spent AS (UPDATE points_accounts SET balance = balance + $2, updated_at = now() WHERE employee_id = $1 AND balance + $2 >= 0 RETURNING balance)
       SELECT balance FROM spent`,
      [entry.employeeId, entry.points],
    );
    if (!rows.length) return null;
    await this.insertEntry(manager, entry);
    return rows[0].balance;
  }

  private async insertEntry(manager: EntityManager, entry: NewPointsEntry): Promise<void> {
    await manager.query(
      `INSERT INTO points_entries (employee_id, kind, points, reward_id, redemption_id, received_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.employeeId, entry.kind, entry.points, entry.rewardId ?? null, entry.redemptionId ?? null, entry.receivedOn ?? null, entry.note ?? ''],
    );
  }

  /** Points received per reward, net of revokes, with the day they were received. */
  async lots(employeeId: string, manager: EntityManager = this.dataSource.manager): Promise<PointsLot[]> {
    return manager.query(
      `SELECT received_on::text AS "receivedOn", sum(points)::int AS points FROM points_entries
        WHERE employee_id = $1 AND kind IN ('reward', 'reward_revoked') GROUP BY reward_id, received_on HAVING sum(points) > 0`,
      [employeeId],
    );
  }

  /** Points gone from the balance other than by revokes: redeemed (less returned) and expired. */
  async consumed(employeeId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query(
      `SELECT COALESCE(-sum(points), 0)::int AS n FROM points_entries WHERE employee_id = $1 AND kind IN ('redemption', 'redemption_returned', 'expiry')`,
      [employeeId],
    );
    return row.n;
  }

  async page(employeeId: string, limit: number, after?: [string, string]): Promise<PointsEntryRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.kind, p.points, p.note, p.reward_id AS "rewardId", p.redemption_id AS "redemptionId", r.citation AS "rewardCitation",
              g.name AS "rewardGiverName", d.title AS "redemptionTitle", p.created_at AS "createdAt"
         FROM points_entries p
         LEFT JOIN rewards r ON r.id = p.reward_id
         LEFT JOIN employees g ON g.id = r.giver_id
         LEFT JOIN redemptions d ON d.id = p.redemption_id
        WHERE p.employee_id = $1 ${after ? 'AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      after ? [employeeId, limit, after[0], after[1]] : [employeeId, limit],
    );
  }

  async settings(manager: EntityManager = this.dataSource.manager): Promise<PointsSettingsRow> {
    const [row] = await manager.query(
      `SELECT expiry_months AS "expiryMonths", leaderboard_public AS "leaderboardPublic", leaver_grace_days AS "leaverGraceDays" FROM points_settings WHERE id = 1`,
    );
    return row ?? { expiryMonths: null, leaderboardPublic: false, leaverGraceDays: 90 };
  }

  async saveSettings(manager: EntityManager, settings: PointsSettingsRow): Promise<void> {
    await manager.query(
      `INSERT INTO points_settings (id, expiry_months, leaderboard_public, leaver_grace_days) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET expiry_months = $1, leaderboard_public = $2, leaver_grace_days = $3, updated_at = now()`,
      [settings.expiryMonths, settings.leaderboardPublic, settings.leaverGraceDays],
    );
  }

  /**
   * People with points that may be due on `asOf`: leavers past their grace days, and (when points expire)
   * anyone holding points received at least `months` months before.
   */
  async expiryCandidates(asOf: string, settings: PointsSettingsRow): Promise<{ employeeId: string; leaver: boolean }[]> {
    return this.dataSource.query(
      `SELECT a.employee_id AS "employeeId", (e.left_on IS NOT NULL AND e.left_on + $2::int <= $1::date) AS leaver
         FROM points_accounts a JOIN employees e ON e.id = a.employee_id
        WHERE a.balance > 0
          AND ((e.left_on IS NOT NULL AND e.left_on + $2::int <= $1::date)
               OR ($3::int IS NOT NULL AND EXISTS (
                     SELECT 1 FROM points_entries p WHERE p.employee_id = a.employee_id AND p.kind = 'reward'
                        AND p.received_on + make_interval(months => $3::int) <= $1::date)))
        ORDER BY a.employee_id`,
      [asOf, settings.leaverGraceDays, settings.expiryMonths],
    );
  }

  differences(): Promise<BalanceDifference[]> {
    return this.dataSource.query(POINTS_BALANCE_DIFFERENCES_SQL);
  }
}
