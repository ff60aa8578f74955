import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HelpdeskKind } from './helpdesk-source.entity';

export interface HelpdeskSourceRow {
  id: string;
  name: string;
  kind: HelpdeskKind;
  departmentId: string;
  departmentName: string;
  secretSealed: string;
  secretHint: string;
  createdAt: Date;
  rotatedAt: Date | null;
}

const SOURCE_SELECT = `SELECT s.id, s.name, s.kind, s.department_id AS "departmentId", d.name AS "departmentName", s.secret_sealed AS "secretSealed",
       s.secret_hint AS "secretHint", s.created_at AS "createdAt", s.rotated_at AS "rotatedAt"
  FROM helpdesk_sources s JOIN departments d ON d.id = s.department_id`;

/** The one place with SQL for helpdesk sources, and the only writer of their table. */
@Injectable()
export class HelpdeskRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<HelpdeskSourceRow[]> {
    return this.dataSource.query(`${SOURCE_SELECT} ORDER BY s.created_at, s.id`);
  }

  async get(id: string): Promise<HelpdeskSourceRow | null> {
    return (await this.dataSource.query(`${SOURCE_SELECT} WHERE s.id = $1`, [id]))[0] ?? null;
  }

  async departmentExists(id: string): Promise<boolean> {
    return (await this.dataSource.query('SELECT 1 FROM departments WHERE id = $1', [id])).length > 0;
  }

  async insert(source: {
    name: string;
    kind: HelpdeskKind;
    departmentId: string;
    secretSealed: string;
    secretHint: string;
    createdById: string;
  }): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO helpdesk_sources (name, kind, department_id, secret_sealed, secret_hint, created_by_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [source.name, source.kind, source.departmentId, source.secretSealed, source.secretHint, source.createdById],
    );
    return row.id;
  }

  async rotate(id: string, secretSealed: string, secretHint: string): Promise<void> {
    await this.dataSource.query('UPDATE helpdesk_sources SET secret_sealed = $2, secret_hint = $3, rotated_at = now() WHERE id = $1', [
      id,
      secretSealed,
      secretHint,
    ]);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM helpdesk_sources WHERE id = $1', [id]);
  }
}
