import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { ObjectStore } from '../storage/object-store';
import { decodeTextIdCursor, keysetPage } from '../common/cursor';
import { CatalogueItemDto, CatalogueItemPageDto, CreateCatalogueItemDto, ListCatalogueQueryDto, UpdateCatalogueItemDto } from './dto/catalogue.dto';
import { reencodeImage } from './catalogue-image';
import { CatalogueErrors } from './catalogue.errors';
import { canSeeItem, mayListGiftsFor, offeredToDepartment } from './catalogue.policy';
import { CatalogueItemFields, CatalogueItemRow, CatalogueRepository } from './catalogue.repository';

export type { CatalogueItemRow } from './catalogue.repository';

/** The reward catalogue: admins curate it; everyone browses what their department may see; redemptions take stock through takeOne(). */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueRepository,
    private readonly audit: AuditService,
    private readonly store: ObjectStore,
  ) {}

  async list(viewer: CurrentEmployee, query: ListCatalogueQueryDto): Promise<CatalogueItemPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTextIdCursor(query.cursor) : undefined;
    if (query.giftsFor && !mayListGiftsFor(viewer, query.giftsFor)) throw CatalogueErrors.giftsNotYours();
    const all = viewer.role === 'admin' && query.all === true && !query.giftsFor;
    const filter = query.giftsFor
      ? { category: query.category, includeRetired: false, departmentId: query.giftsFor, giftsOnly: true }
      : { category: query.category, includeRetired: all, departmentId: all ? null : viewer.departmentId, giftsOnly: false };
    const rows = await this.catalogue.page(filter, limit + 1, after);
    const { rows: page, nextCursor } = keysetPage(rows, limit, (r) => [r.title, r.id]);
    return { items: page.map(toItemDto), nextCursor };
  }

  async get(viewer: CurrentEmployee, id: string): Promise<CatalogueItemDto> {
    return toItemDto(await this.visible(viewer, id));
  }

  /** The item as the viewer may see it; 404 when it does not exist or is for other departments. */
  async visible(viewer: CurrentEmployee, id: string, manager?: EntityManager): Promise<CatalogueItemRow> {
    const item = await this.catalogue.one(id, manager);
    if (!item || !canSeeItem(viewer, item)) throw CatalogueErrors.notFound();
    return item;
  }

  /** The item if people in the department may have it (a gift is checked against the recipient's department), else null. */
  async offeredTo(departmentId: string, id: string, manager?: EntityManager): Promise<CatalogueItemRow | null> {
    const item = await this.catalogue.one(id, manager);
    return item && offeredToDepartment(item, departmentId) ? item : null;
  }

  async create(viewer: CurrentEmployee, dto: CreateCatalogueItemDto): Promise<CatalogueItemDto> {
    const fields: CatalogueItemFields = {
      title: dto.title,
      description: dto.description ?? '',
      category: dto.category,
      cost: dto.cost,
      stock: dto.stock ?? null,
      yearlyLimit: dto.yearlyLimit ?? null,
      departmentIds: dto.departmentIds ?? [],
      charities: dto.charities ?? [],
      retired: false,
    };
    await this.check(fields);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.catalogue.insert(manager, fields);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'catalogue.item_created',
        subjectType: 'catalogue_item',
        subjectId: created,
        after: { ...fields },
      });
      return created;
    });
    return this.get(viewer, id);
  }

  async update(viewer: CurrentEmployee, id: string, dto: UpdateCatalogueItemDto): Promise<CatalogueItemDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.catalogue.lock(manager, id);
      if (!before) throw CatalogueErrors.notFound();
      const fields: CatalogueItemFields = {
        title: dto.title ?? before.title,
        description: dto.description ?? before.description,
        category: before.category,
        cost: dto.cost ?? before.cost,
        stock: dto.stock === undefined ? before.stock : dto.stock,
        yearlyLimit: dto.yearlyLimit === undefined ? before.yearlyLimit : dto.yearlyLimit,
        departmentIds: dto.departmentIds ?? before.departmentIds,
        charities: dto.charities ?? before.charities,
        retired: dto.retired ?? before.retiredAt !== null,
      };
      await this.check(fields);
      await this.catalogue.update(manager, id, fields);
      const { imageId: _image, retiredAt, ...was } = before;
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'catalogue.item_changed',
        subjectType: 'catalogue_item',
        subjectId: id,
        before: { ...was, retired: retiredAt !== null },
        after: { ...fields },
      });
    });
    return this.get(viewer, id);
  }

  /**
   * Re-encodes the upload and makes it the item's picture. With a bucket, the object is written first and the rows
   * after it in one transaction; if the transaction fails the object is removed, so no row ever points at nothing.
   */
  async setImage(viewer: CurrentEmployee, id: string, contentType: string, body: unknown): Promise<CatalogueItemDto> {
    if (!Buffer.isBuffer(body) || body.length === 0) throw CatalogueErrors.notAnImage();
    if (!(await this.catalogue.one(id))) throw CatalogueErrors.notFound();
    const image = await reencodeImage(contentType, body);
    const imageId = randomUUID();
    const objectKey = this.store.enabled ? `catalogue-images/${imageId}.webp` : null;
    if (objectKey) await this.store.put(objectKey, image.bytes, image.contentType, 'image');
    let previous: { id: string; objectKey: string | null } | null;
    try {
      previous = await this.dataSource.transaction(async (manager) => {
        const saved = await this.catalogue.saveImage(manager, id, { ...image, id: imageId, objectKey });
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'catalogue.image_set',
          subjectType: 'catalogue_item',
          subjectId: id,
          before: { imageId: saved.previous?.id ?? null },
          after: { imageId, width: image.width, height: image.height, bytes: image.bytes.length, stored: objectKey ? 'bucket' : 'database' },
        });
        return saved.previous;
      });
    } catch (error) {
      if (objectKey) await this.store.removeQuietly(objectKey);
      throw error;
    }
    if (previous?.objectKey) await this.store.removeQuietly(previous.objectKey);
    return this.get(viewer, id);
  }

  /** A picture's bytes, from PostgreSQL or the bucket; 404 when there is none, 503 when the bucket is away. */
  async image(id: string): Promise<{ contentType: string; bytes: Buffer }> {
    const image = await this.catalogue.image(id);
    if (!image) throw CatalogueErrors.imageNotFound();
    if (image.bytes) return { contentType: image.contentType, bytes: image.bytes };
    if (!image.objectKey || !this.store.enabled) throw CatalogueErrors.imageNotFound();
    const bytes = await this.store.get(image.objectKey);
    if (!bytes) throw CatalogueErrors.imageNotFound();
    return { contentType: image.contentType, bytes };
  }

  /** One from stock, in the redemption's transaction; false when none is left or the item was retired meanwhile. */
  takeOne(manager: EntityManager, id: string): Promise<boolean> {
    return this.catalogue.takeOne(manager, id);
  }

  /** A declined redemption gives its item back to stock. */
  returnOne(manager: EntityManager, id: string): Promise<void> {
    return this.catalogue.returnOne(manager, id);
  }

  private async check(fields: CatalogueItemFields): Promise<void> {
    if (fields.category === 'charity_donation' && fields.charities.length === 0) throw CatalogueErrors.charitiesRequired();
    if (fields.category !== 'charity_donation' && fields.charities.length > 0) throw CatalogueErrors.charitiesNotAllowed();
    if (!(await this.catalogue.departmentsExist(fields.departmentIds))) throw CatalogueErrors.unknownDepartment();
  }
}

export function toItemDto(row: CatalogueItemRow): CatalogueItemDto {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category,
    cost: row.cost,
    stock: row.stock,
    yearlyLimit: row.yearlyLimit,
    departmentIds: row.departmentIds,
    charities: row.charities,
    imageUrl: row.imageId ? `/api/catalogue/images/${row.imageId}` : null,
    retired: row.retiredAt !== null,
  };
}
