import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyValueDto } from './dto/company-value.dto';

const SELECT_VALUE = `
  SELECT v.id, v.name, v.description, (v.retired_at IS NOT NULL) AS retired,
         (SELECT count(*)::int FROM story_values sv JOIN stories s ON s.id = sv.story_id
           WHERE sv.value_id = v.id AND s.status = 'published' AND s.deleted_at IS NULL) AS "storyCount"
    FROM company_values v`;

@Injectable()
export class ValuesRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(includeRetired: boolean): Promise<CompanyValueDto[]> {
    return this.dataSource.query(`${SELECT_VALUE} ${includeRetired ? '' : 'WHERE v.retired_at IS NULL'} ORDER BY v.retired_at IS NOT NULL, v.name`);
  }

  async findById(id: string): Promise<CompanyValueDto | null> {
    const rows: CompanyValueDto[] = await this.dataSource.query(`${SELECT_VALUE} WHERE v.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM company_values WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2', [name, exceptId ?? null]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, name: string, description: string): Promise<string> {
    const [row] = await manager.query('INSERT INTO company_values (name, description) VALUES ($1, $2) RETURNING id', [name, description]);
    return row.id;
  }

  async update(manager: EntityManager, id: string, changes: { name?: string; description?: string; retired?: boolean }): Promise<void> {
    await manager.query(
      `UPDATE company_values SET name = COALESCE($2, name), description = COALESCE($3, description),
              retired_at = CASE WHEN $4::boolean IS NULL THEN retired_at WHEN $4 THEN COALESCE(retired_at, now()) ELSE NULL END
        WHERE id = $1`,
      [id, changes.name ?? null, changes.description ?? null, changes.retired ?? null],
    );
  }

  /** How many of these ids are values that can be chosen for a story now (not retired). */
  async countActive(ids: string[]): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM company_values WHERE id = ANY($1) AND retired_at IS NULL', [ids]);
    return row.n;
  }
}
