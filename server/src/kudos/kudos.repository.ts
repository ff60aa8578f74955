import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface KudosRow {
  id: string;
  giverId: string;
  giverName: string;
  heroId: string;
  heroName: string;
  heroDepartmentId: string;
  heroDepartmentName: string;
  valueId: string;
  valueName: string;
  message: string;
  createdAt: Date;
  /** created_at to the microsecond, which a JavaScript Date cannot hold: the keyset cursor needs it exact. */
  cursorAt: string;
}

export interface KudosHeroCandidate {
  id: string;
  name: string;
  leftOn: string | null;
}

export interface KudosFilter {
  heroId?: string;
  giverId?: string;
}

const SELECT_KUDOS = `
  SELECT k.id, k.giver_id AS "giverId", g.name AS "giverName", k.hero_id AS "heroId", h.name AS "heroName",
         d.id AS "heroDepartmentId", d.name AS "heroDepartmentName", k.value_id AS "valueId", v.name AS "valueName",
         k.message, k.created_at AS "createdAt",
         to_char(k.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
    FROM quick_kudos k
    JOIN employees g ON g.id = k.giver_id
    JOIN employees h ON h.id = k.hero_id
    JOIN departments d ON d.id = h.department_id
    JOIN company_values v ON v.id = k.value_id`;

/** The only writer of quick_kudos; lists page by (created_at, id), newest first. */
@Injectable()
export class KudosRepository {
  constructor(private readonly dataSource: DataSource) {}

  async heroCandidate(id: string): Promise<KudosHeroCandidate | null> {
    const [row] = await this.dataSource.query(`SELECT id, name, left_on AS "leftOn" FROM employees WHERE id = $1`, [id]);
    return row ?? null;
  }

  async insert(manager: EntityManager, giverId: string, heroId: string, valueId: string, message: string): Promise<string> {
    const [row] = await manager.query(`INSERT INTO quick_kudos (giver_id, hero_id, value_id, message) VALUES ($1, $2, $3, $4) RETURNING id`, [
      giverId,
      heroId,
      valueId,
      message,
    ]);
    return row.id;
  }

  /** Removes the kudos; false when someone else removed them first. */
  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const deleted = await manager.query(`DELETE FROM quick_kudos WHERE id = $1 RETURNING id`, [id]);
    return deleted.length > 0;
  }

  async findById(id: string): Promise<KudosRow | null> {
    const [row] = await this.dataSource.query(`${SELECT_KUDOS} WHERE k.id = $1`, [id]);
    return row ?? null;
  }

  /** The first page and later pages are separate statements, so each keeps its own plan on the (…, created_at, id) index. */
  async page(filter: KudosFilter, limit: number, after?: [string, string]): Promise<KudosRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (filter.heroId) where.push(`k.hero_id = $${params.push(filter.heroId)}`);
    if (filter.giverId) where.push(`k.giver_id = $${params.push(filter.giverId)}`);
    if (after) where.push(`(k.created_at, k.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return this.dataSource.query(
      `${SELECT_KUDOS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY k.created_at DESC, k.id DESC LIMIT $1`,
      params,
    );
  }

  async receivedCount(heroId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM quick_kudos WHERE hero_id = $1`, [heroId]);
    return row.n;
  }
}
