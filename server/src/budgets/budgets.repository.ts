import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface BudgetRow {
  holderId: string;
  holderName: string;
  holderRole: 'manager' | 'admin';
  departments: string[];
  departmentIds: string[];
  points: number;
  spent: number;
}

const HOLDER_COLUMNS = `e.id AS "holderId", e.name AS "holderName", e.role AS "holderRole",
  COALESCE((SELECT array_agg(d.name ORDER BY d.name) FROM department_managers dm JOIN departments d ON d.id = dm.department_id WHERE dm.employee_id = e.id), '{}') AS departments,
  COALESCE((SELECT array_agg(dm.department_id ORDER BY dm.department_id) FROM department_managers dm WHERE dm.employee_id = e.id), '{}') AS "departmentIds"`;

@Injectable()
export class BudgetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every current manager and admin with their budget for the quarter (zeros when none was set). */
  async list(quarterStart: string, holderId?: string): Promise<BudgetRow[]> {
    return this.dataSource.query(
      `SELECT ${HOLDER_COLUMNS}, COALESCE(b.points, 0) AS points, COALESCE(b.spent, 0) AS spent
         FROM employees e LEFT JOIN reward_budgets b ON b.holder_id = e.id AND b.quarter_start = $1
        WHERE e.left_on IS NULL AND e.role IN ('manager', 'admin') AND ($2::uuid IS NULL OR e.id = $2)
        ORDER BY e.role DESC, e.name, e.id`,
      [quarterStart, holderId ?? null],
    );
  }

  async isCurrentHolder(manager: EntityManager, holderId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM employees WHERE id = $1 AND left_on IS NULL AND role IN ('manager', 'admin')`, [holderId]);
    return rows.length === 1;
  }

  /** The budget row, locked for the rest of the transaction (created at zero if missing). */
  async lockOrCreate(manager: EntityManager, holderId: string, quarterStart: string): Promise<{ points: number; spent: number }> {
    await manager.query(
      `INSERT INTO reward_budgets (holder_id, quarter_start, points) VALUES ($1, $2, 0) ON CONFLICT ON CONSTRAINT uq_reward_budgets_holder_quarter DO NOTHING`,
      [holderId, quarterStart],
    );
    const [row] = await manager.query('SELECT points, spent FROM reward_budgets WHERE holder_id = $1 AND quarter_start = $2 FOR UPDATE', [
      holderId,
      quarterStart,
    ]);
    return row;
  }

  async setPoints(manager: EntityManager, holderId: string, quarterStart: string, points: number): Promise<void> {
    await manager.query('UPDATE reward_budgets SET points = $3, updated_at = now() WHERE holder_id = $1 AND quarter_start = $2', [
      holderId,
      quarterStart,
      points,
    ]);
  }

  /**
   * Spends points if they are there. The UPDATE takes the row lock and PostgreSQL re-checks the condition on
   * the newest row version after waiting, so concurrent rewards can never overdraw. Null when refused.
   */
  async spend(manager: EntityManager, holderId: string, quarterStart: string, points: number): Promise<{ remaining: number } | null> {
    const rows = await manager.query(
      `WITH spent AS (
         UPDATE reward_budgets SET spent = spent + $3, updated_at = now()
          WHERE holder_id = $1 AND quarter_start = $2 AND spent + $3 <= points
          RETURNING points - spent AS remaining)
       SELECT remaining FROM spent`,
      [holderId, quarterStart, points],
    );
    return rows[0] ?? null;
  }

  async remaining(manager: EntityManager, holderId: string, quarterStart: string): Promise<number> {
    const [row] = await manager.query('SELECT points - spent AS remaining FROM reward_budgets WHERE holder_id = $1 AND quarter_start = $2', [
      holderId,
      quarterStart,
    ]);
    return row?.remaining ?? 0;
  }

  async refund(manager: EntityManager, holderId: string, quarterStart: string, points: number): Promise<void> {
    await manager.query('UPDATE reward_budgets SET spent = spent - $3, updated_at = now() WHERE holder_id = $1 AND quarter_start = $2', [
      holderId,
      quarterStart,
      points,
    ]);
  }
}
