import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueCategory } from './catalogue-item.entity';
import { EncodedImage } from './catalogue-image';

/** What an item offers, as it is written and read. */
interface CatalogueItemContent {
  title: string;
  description: string;
  category: CatalogueCategory;
  cost: number;
  stock: number | null;
  yearlyLimit: number | null;
  departmentIds: string[];
  charities: string[];
}

export interface CatalogueItemRow extends CatalogueItemContent {
  id: string;
  imageId: string | null;
  retiredAt: Date | null;
}

export interface CatalogueItemFields extends CatalogueItemContent {
  retired: boolean;
}

const ITEM_COLUMNS = `id, title, description, category, cost, stock, yearly_limit AS "yearlyLimit", department_ids AS "departmentIds",
  charities, image_id AS "imageId", retired_at AS "retiredAt"`;

/** The only writer of catalogue_items and catalogue_images. */
@Injectable()
export class CatalogueRepository {
  constructor(private readonly dataSource: DataSource) {}

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<CatalogueItemRow | null> {
    const [row] = await manager.query(`SELECT ${ITEM_COLUMNS} FROM catalogue_items WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Keyset page by (title, id); `departmentId` null lists every item (admins). */
  async page(
    filter: { category?: CatalogueCategory; includeRetired: boolean; departmentId: string | null; giftsOnly: boolean },
    limit: number,
    after?: [string, string],
  ): Promise<CatalogueItemRow[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (!filter.includeRetired) where.push('retired_at IS NULL');
    if (filter.departmentId) where.push(`(cardinality(department_ids) = 0 OR ${p(filter.departmentId)}::uuid = ANY(department_ids))`);
    if (filter.category) where.push(`category = ${p(filter.category)}`);
    if (filter.giftsOnly) where.push(`category <> 'charity_donation' AND (stock IS NULL OR stock > 0)`);
    if (after) where.push(`(title, id) > (${p(after[0])}, ${p(after[1])}::uuid)`);
    return this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM catalogue_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY title, id LIMIT ${p(limit)}`,
      params,
    );
  }

  async departmentsExist(ids: string[]): Promise<boolean> {
    if (!ids.length) return true;
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM departments WHERE id = ANY($1::uuid[])', [ids]);
    return row.n === new Set(ids).size;
  }

  async insert(manager: EntityManager, item: CatalogueItemFields): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO catalogue_items (title, description, category, cost, stock, yearly_limit, department_ids, charities, retired_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::varchar[], CASE WHEN $9 THEN now() END) RETURNING id`,
      [item.title, item.description, item.category, item.cost, item.stock, item.yearlyLimit, [...new Set(item.departmentIds)], item.charities, item.retired],
    );
    return row.id;
  }

  async update(manager: EntityManager, id: string, item: CatalogueItemFields): Promise<void> {
    await manager.query(
      `UPDATE catalogue_items SET title = $2, description = $3, cost = $4, stock = $5, yearly_limit = $6, department_ids = $7::uuid[], charities = $8::varchar[],
              retired_at = CASE WHEN $9 THEN COALESCE(retired_at, now()) END, updated_at = now()
        WHERE id = $1`,
      [id, item.title, item.description, item.cost, item.stock, item.yearlyLimit, [...new Set(item.departmentIds)], item.charities, item.retired],
    );
  }

  /** Locks the item row for the rest of the transaction (an admin edit waits for redemptions in flight). */
  async lock(manager: EntityManager, id: string): Promise<CatalogueItemRow | null> {
    const [row] = await manager.query(`SELECT ${ITEM_COLUMNS} FROM catalogue_items WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /**
   * Takes one from stock if any is left and the item is live. The UPDATE re-checks its condition on the newest
   * row version after waiting for the lock, so concurrent redemptions can never take stock below zero.
   */
  async takeOne(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query(
      `WITH taken AS (UPDATE catalogue_items SET stock = stock - 1, updated_at = now() WHERE id = $1 AND retired_at IS NULL AND (stock IS NULL OR stock > 0) RETURNING 1)
       SELECT 1 FROM taken`,
      [id],
    );
    return rows.length === 1;
  }

  async returnOne(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE catalogue_items SET stock = stock + 1, updated_at = now() WHERE id = $1 AND stock IS NOT NULL', [id]);
  }

  /**
   * Points the item at a new picture (bytes here, or `objectKey` in the bucket) and deletes the old picture's row;
   * returns the old picture, whose object (if any) the caller removes once this transaction has committed.
   */
  async saveImage(
    manager: EntityManager,
    itemId: string,
    image: EncodedImage & { id: string; objectKey: string | null },
  ): Promise<{ previous: { id: string; objectKey: string | null } | null }> {
    await manager.query('INSERT INTO catalogue_images (id, content_type, bytes, object_key, width, height) VALUES ($1, $2, $3, $4, $5, $6)', [
      image.id,
      image.contentType,
      image.objectKey ? null : image.bytes,
      image.objectKey,
      image.width,
      image.height,
    ]);
    const [before] = await manager.query(
      `SELECT i.image_id AS id, p.object_key AS "objectKey" FROM catalogue_items i LEFT JOIN catalogue_images p ON p.id = i.image_id WHERE i.id = $1 FOR UPDATE OF i`,
      [itemId],
    );
    await manager.query('UPDATE catalogue_items SET image_id = $2, updated_at = now() WHERE id = $1', [itemId, image.id]);
    // The old picture is no longer shown anywhere.
    if (before?.id) await manager.query('DELETE FROM catalogue_images WHERE id = $1', [before.id]);
    return { previous: before?.id ? { id: before.id, objectKey: before.objectKey } : null };
  }

  async image(id: string): Promise<{ contentType: string; bytes: Buffer | null; objectKey: string | null } | null> {
    const [row] = await this.dataSource.query('SELECT content_type AS "contentType", bytes, object_key AS "objectKey" FROM catalogue_images WHERE id = $1', [
      id,
    ]);
    return row ?? null;
  }
}
