import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadgeIcon } from './badge.entity';

export interface BadgeRow {
  id: string;
  name: string;
  description: string;
  icon: BadgeIcon;
  retired: boolean;
  createdAt: Date;
}

const SELECT_BADGE = `SELECT b.id, b.name, b.description, b.icon, (b.retired_at IS NOT NULL) AS retired, b.created_at AS "createdAt" FROM badges b`;

/** The only writer of badges. */
@Injectable()
export class BadgesRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(includeRetired: boolean): Promise<BadgeRow[]> {
    return this.dataSource.query(
      `${SELECT_BADGE} ${includeRetired ? '' : 'WHERE b.retired_at IS NULL'} ORDER BY b.retired_at IS NOT NULL, lower(b.name), b.id`,
    );
  }

  async findById(id: string): Promise<BadgeRow | null> {
    const rows: BadgeRow[] = await this.dataSource.query(`${SELECT_BADGE} WHERE b.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Whether another active badge has this name (any case). */
  async activeNameTaken(name: string, exceptId?: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM badges WHERE retired_at IS NULL AND lower(name) = lower($1) AND id IS DISTINCT FROM $2', [
      name,
      exceptId ?? null,
    ]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, badge: { name: string; description: string; icon: BadgeIcon }): Promise<string> {
    const [row] = await manager.query('INSERT INTO badges (name, description, icon) VALUES ($1, $2, $3) RETURNING id', [
      badge.name,
      badge.description,
      badge.icon,
    ]);
    return row.id;
  }

  async update(manager: EntityManager, id: string, changes: { name?: string; description?: string; icon?: BadgeIcon; retired?: boolean }): Promise<void> {
    await manager.query(
      `UPDATE badges SET name = COALESCE($2, name), description = COALESCE($3, description), icon = COALESCE($4, icon),
              retired_at = CASE WHEN $5::boolean IS NULL THEN retired_at WHEN $5 THEN COALESCE(retired_at, now()) ELSE NULL END
        WHERE id = $1`,
      [id, changes.name ?? null, changes.description ?? null, changes.icon ?? null, changes.retired ?? null],
    );
  }

  async isActive(id: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM badges WHERE id = $1 AND retired_at IS NULL', [id]);
    return rows.length > 0;
  }
}

/** A unique_violation on the one-active-badge-per-name index (two admins adding the same name at once). */
export function isBadgeNameTaken(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e.code ?? e.driverError?.code) === '23505' && (e.constraint ?? e.driverError?.constraint) === 'uq_badges_active_name';
}
