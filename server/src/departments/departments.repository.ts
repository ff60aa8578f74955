import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DepartmentDto } from './dto/department.dto';

interface DepartmentRow {
  id: string;
  name: string;
  headcount: number;
  managers: { id: string; name: string }[];
}

@Injectable()
export class DepartmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(ids?: string[]): Promise<DepartmentDto[]> {
    const rows: DepartmentRow[] = await this.dataSource.query(
      `SELECT d.id, d.name,
              (SELECT count(*)::int FROM employees e WHERE e.department_id = d.id AND e.left_on IS NULL) AS headcount,
              COALESCE((SELECT json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name)
                          FROM department_managers dm JOIN employees m ON m.id = dm.employee_id
                         WHERE dm.department_id = d.id), '[]') AS managers
         FROM departments d
        WHERE ($1::uuid[] IS NULL OR d.id = ANY($1))
        ORDER BY d.name`,
      [ids ?? null],
    );
    return rows;
  }

  async exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM departments WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM departments WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2', [name, exceptId ?? null]);
    return rows.length > 0;
  }

  async idByName(name: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM departments WHERE lower(name) = lower($1) LIMIT 1', [name]);
    return rows[0]?.id ?? null;
  }

  async insertIfAbsent(name: string): Promise<{ id: string; created: boolean }> {
    const [row] = await this.dataSource.query(
      `WITH ins AS (INSERT INTO departments (name) SELECT $1::varchar WHERE NOT EXISTS (SELECT 1 FROM departments WHERE lower(name) = lower($1::varchar)) RETURNING id)
       SELECT id, true AS created FROM ins UNION ALL SELECT id, false FROM departments WHERE lower(name) = lower($1::varchar) LIMIT 1`,
      [name],
    );
    return row;
  }

  /** Many new departments in one statement, in the caller's transaction (a roster import). */
  async insertMany(manager: EntityManager, names: string[]): Promise<{ id: string; name: string }[]> {
    if (!names.length) return [];
    return manager.query('INSERT INTO departments (name) SELECT unnest($1::varchar[]) RETURNING id, name', [names]);
  }

  async insert(name: string): Promise<string> {
    const [row] = await this.dataSource.query('INSERT INTO departments (name) VALUES ($1) RETURNING id', [name]);
    return row.id;
  }

  async rename(manager: EntityManager, id: string, name: string): Promise<void> {
    await manager.query('UPDATE departments SET name = $2, updated_at = now() WHERE id = $1', [id, name]);
  }

  async managerIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { employee_id: string }[] = await manager.query('SELECT employee_id FROM department_managers WHERE department_id = $1', [id]);
    return rows.map((r) => r.employee_id);
  }

  /** How many of these ids are current employees who may manage (manager or admin role). */
  async countEligibleManagers(manager: EntityManager, ids: string[]): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM employees WHERE id = ANY($1) AND left_on IS NULL AND role IN ('manager', 'admin')`, [
      ids,
    ]);
    return row.n;
  }

  async replaceManagers(manager: EntityManager, id: string, employeeIds: string[]): Promise<void> {
    await manager.query('DELETE FROM department_managers WHERE department_id = $1', [id]);
    if (employeeIds.length) {
      await manager.query('INSERT INTO department_managers (department_id, employee_id) SELECT $1, unnest($2::uuid[])', [id, employeeIds]);
    }
  }

  /** People who left or are no longer managers manage no department. */
  async removeManager(manager: EntityManager, employeeIds: string[]): Promise<void> {
    if (employeeIds.length) await manager.query('DELETE FROM department_managers WHERE employee_id = ANY($1::uuid[])', [employeeIds]);
  }
}
