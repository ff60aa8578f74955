import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueCategory } from '../catalogue/catalogue-item.entity';
import { RedemptionStatus } from './redemption.entity';

/** What was redeemed, as it was when asked for: copied from the catalogue item so that history keeps it. */
interface RedeemedItem {
  itemId: string | null;
  title: string;
  category: CatalogueCategory;
  cost: number;
  charity: string | null;
  request: string;
}

export interface RedemptionRow extends RedeemedItem {
  id: string;
  employeeId: string;
  employeeName: string;
  departmentId: string;
  departmentName: string;
  status: RedemptionStatus;
  note: string | null;
  hasCode: boolean;
  codeRevealedAt: Date | null;
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  rewardId: string | null;
  createdAt: Date;
}

export interface NewRedemption extends RedeemedItem {
  employeeId: string;
  employeeDepartmentId: string;
  /** A gift: the reward it fulfils. */
  rewardId?: string;
}

const COLUMNS = `d.id, d.employee_id AS "employeeId", e.name AS "employeeName", d.employee_department_id AS "departmentId", dep.name AS "departmentName",
  d.item_id AS "itemId", d.title, d.category, d.cost, d.charity, d.request, d.status, d.note, (d.code_encrypted IS NOT NULL) AS "hasCode",
  d.code_revealed_at AS "codeRevealedAt", d.decided_by_id AS "decidedById", db.name AS "decidedByName", d.decided_at AS "decidedAt", d.reward_id AS "rewardId",
  d.created_at AS "createdAt"`;
const JOINS = `JOIN employees e ON e.id = d.employee_id JOIN departments dep ON dep.id = d.employee_department_id LEFT JOIN employees db ON db.id = d.decided_by_id`;

/** The only writer of redemptions. */
@Injectable()
export class RedemptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async person(id: string): Promise<{ id: string; departmentId: string; leftOn: string | null } | null> {
    const [row] = await this.dataSource.query('SELECT id, department_id AS "departmentId", left_on AS "leftOn" FROM employees WHERE id = $1', [id]);
    return row ?? null;
  }

  async currentAdminIds(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM employees WHERE role = 'admin' AND left_on IS NULL ORDER BY id`);
    return rows.map((r) => r.id);
  }

  /** Redemptions of an item by a person since the start of day `since` in `timeZone`, declined ones not counted. */
  async countSince(manager: EntityManager, employeeId: string, itemId: string, since: string, timeZone: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM redemptions
        WHERE employee_id = $1 AND item_id = $2 AND status <> 'declined' AND created_at >= (($3::date)::timestamp AT TIME ZONE $4)`,
      [employeeId, itemId, since, timeZone],
    );
    return row.n;
  }

  async insert(manager: EntityManager, r: NewRedemption): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO redemptions (employee_id, employee_department_id, item_id, title, category, cost, charity, request, reward_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [r.employeeId, r.employeeDepartmentId, r.itemId, r.title, r.category, r.cost, r.charity, r.request, r.rewardId ?? null],
    );
    return row.id;
  }

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<RedemptionRow | null> {
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM redemptions d ${JOINS} WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  /** The gift redemption of a reward, its row locked for the rest of the transaction. */
  async lockGift(manager: EntityManager, rewardId: string): Promise<{ id: string; status: RedemptionStatus } | null> {
    const [row] = await manager.query('SELECT id, status FROM redemptions WHERE reward_id = $1 FOR UPDATE', [rewardId]);
    return row ?? null;
  }

  /** The redemption's status, its row locked for the rest of the transaction. */
  async lockStatus(manager: EntityManager, id: string): Promise<RedemptionStatus | null> {
    const [row] = await manager.query('SELECT status FROM redemptions WHERE id = $1 FOR UPDATE', [id]);
    return row?.status ?? null;
  }

  async decide(
    manager: EntityManager,
    id: string,
    decision: { status: 'fulfilled' | 'declined'; note: string | null; codeEncrypted: string | null; byId: string },
  ): Promise<void> {
    await manager.query(`UPDATE redemptions SET status = $2, note = $3, code_encrypted = $4, decided_by_id = $5, decided_at = now() WHERE id = $1`, [
      id,
      decision.status,
      decision.note,
      decision.codeEncrypted,
      decision.byId,
    ]);
  }

  async lockCode(manager: EntityManager, id: string, employeeId: string): Promise<{ codeEncrypted: string | null; codeRevealedAt: Date | null } | null> {
    const [row] = await manager.query(
      'SELECT code_encrypted AS "codeEncrypted", code_revealed_at AS "codeRevealedAt" FROM redemptions WHERE id = $1 AND employee_id = $2 FOR UPDATE',
      [id, employeeId],
    );
    return row ?? null;
  }

  async markCodeRevealed(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE redemptions SET code_revealed_at = now() WHERE id = $1', [id]);
  }

  async page(filter: { employeeId?: string; status?: RedemptionStatus }, limit: number, after?: [string, string]): Promise<RedemptionRow[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (filter.employeeId) where.push(`d.employee_id = ${p(filter.employeeId)}`);
    if (filter.status) where.push(`d.status = ${p(filter.status)}`);
    if (after) where.push(`(d.created_at, d.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM redemptions d ${JOINS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.created_at DESC, d.id DESC LIMIT ${p(limit)}`,
      params,
    );
  }

  /** Every redemption requested on the days from..to (inclusive, in `timeZone`), oldest first, for the finance export. */
  async inPeriod(from: string, to: string, timeZone: string): Promise<RedemptionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM redemptions d ${JOINS}
        WHERE d.created_at >= (($1::date)::timestamp AT TIME ZONE $3) AND d.created_at < ((($2::date) + 1)::timestamp AT TIME ZONE $3)
        ORDER BY d.created_at, d.id`,
      [from, to, timeZone],
    );
  }
}
