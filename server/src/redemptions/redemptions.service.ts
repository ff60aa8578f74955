import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { toCsv } from '../common/csv';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsService } from '../points/points.service';
import {
  CustomRedemptionDto,
  DeclineRedemptionDto,
  FulfilRedemptionDto,
  ListRedemptionsQueryDto,
  RedeemedDto,
  RedeemItemDto,
  RedemptionCodeDto,
  RedemptionDto,
  RedemptionExportQueryDto,
  RedemptionPageDto,
  toRedemptionDto,
} from './dto/redemption.dto';
import { RedemptionCodeCipher } from './redemption-code-cipher';
import { RedemptionsErrors } from './redemptions.errors';
import { hasLeft, redeemRefusal } from './redemptions.policy';
import { NewRedemption, RedemptionRow, RedemptionsRepository } from './redemptions.repository';

/**
 * Spending points: a redemption takes the points (and one from stock) in one transaction that first locks the
 * person's points account, so one person's redemptions run one at a time and their balance can be spent once.
 * Lock order everywhere: points account, then redemption, then catalogue item.
 */
@Injectable()
export class RedemptionsService {
  private readonly cipher: RedemptionCodeCipher;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redemptions: RedemptionsRepository,
    private readonly points: PointsService,
    private readonly catalogue: CatalogueService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cipher = new RedemptionCodeCipher(config.redemptionCodeKey);
  }

  async redeem(viewer: CurrentEmployee, dto: RedeemItemDto): Promise<RedeemedDto> {
    await this.checkEmployed(viewer);
    const today = todayIn(this.config.companyTimeZone);
    const { id, balance } = await this.dataSource.transaction(async (manager) => {
      const balanceBefore = await this.points.lockAccount(manager, viewer.id);
      const item = await this.catalogue.visible(viewer, dto.itemId, manager);
      const yearStart = `${today.slice(0, 4)}-01-01`;
      const redeemed = item.yearlyLimit === null ? 0 : await this.redemptions.countSince(manager, viewer.id, item.id, yearStart, this.config.companyTimeZone);
      const refusal = redeemRefusal(item, redeemed, dto.charity);
      if (refusal) throw refusal;
      // Points before stock: someone short of points learns that, rather than that the last one just went.
      this.points.assertCanSpend(balanceBefore, item.cost);
      if (!(await this.catalogue.takeOne(manager, item.id))) throw RedemptionsErrors.outOfStock();
      return this.record(manager, viewer.id, {
        employeeId: viewer.id,
        employeeDepartmentId: viewer.departmentId,
        itemId: item.id,
        title: item.title,
        category: item.category,
        cost: item.cost,
        charity: dto.charity ?? null,
        request: dto.note ?? '',
      });
    });
    return { redemption: await this.get(viewer, id), balance };
  }

  /** A custom reward the person proposes: the points are held like any redemption until an admin fulfils or declines it. */
  async requestCustom(viewer: CurrentEmployee, dto: CustomRedemptionDto): Promise<RedeemedDto> {
    await this.checkEmployed(viewer);
    const { id, balance } = await this.dataSource.transaction(async (manager) => {
      await this.points.lockAccount(manager, viewer.id);
      const title = dto.description.length > 120 ? `${dto.description.slice(0, 117)}…` : dto.description;
      return this.record(manager, viewer.id, {
        employeeId: viewer.id,
        employeeDepartmentId: viewer.departmentId,
        itemId: null,
        title,
        category: 'custom',
        cost: dto.cost,
        charity: null,
        request: dto.description,
      });
    });
    return { redemption: await this.get(viewer, id), balance };
  }

  async fulfil(viewer: CurrentEmployee, id: string, dto: FulfilRedemptionDto): Promise<RedemptionDto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.pending(manager, id);
      await this.redemptions.decide(manager, id, {
        status: 'fulfilled',
        note: dto.note ?? null,
        codeEncrypted: dto.code ? this.cipher.encrypt(dto.code) : null,
        byId: viewer.id,
      });
      await this.notify(manager, row.employeeId, 'redemption_fulfilled', viewer.id, id);
      // The code itself never goes into the audit log.
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'redemption.fulfilled',
        subjectType: 'redemption',
        subjectId: id,
        before: { status: 'pending' },
        after: { status: 'fulfilled', note: dto.note ?? null, withCode: Boolean(dto.code) },
      });
    });
    return this.get(viewer, id);
  }

  async decline(viewer: CurrentEmployee, id: string, dto: DeclineRedemptionDto): Promise<RedemptionDto> {
    const existing = await this.redemptions.one(id);
    if (!existing) throw RedemptionsErrors.notFound();
    await this.dataSource.transaction(async (manager) => {
      await this.points.lockAccount(manager, existing.employeeId);
      const row = await this.pending(manager, id);
      await this.redemptions.decide(manager, id, { status: 'declined', note: dto.reason, codeEncrypted: null, byId: viewer.id });
      const balance = await this.points.returnPoints(manager, row.employeeId, row.cost, id, dto.reason);
      if (row.itemId) await this.catalogue.returnOne(manager, row.itemId);
      await this.notify(manager, row.employeeId, 'redemption_declined', viewer.id, id);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'redemption.declined',
        subjectType: 'redemption',
        subjectId: id,
        before: { status: 'pending' },
        after: { status: 'declined', reason: dto.reason, pointsReturned: row.cost, balance },
      });
    });
    return this.get(viewer, id);
  }

  /** The code, to the person it is for, once. */
  async revealCode(viewer: CurrentEmployee, id: string): Promise<RedemptionCodeDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.redemptions.lockCode(manager, id, viewer.id);
      if (!row) throw RedemptionsErrors.notFound();
      if (!row.codeEncrypted) throw RedemptionsErrors.noCode();
      if (row.codeRevealedAt) throw RedemptionsErrors.codeAlreadyShown();
      await this.redemptions.markCodeRevealed(manager, id);
      await this.audit.record(manager, { actorId: viewer.id, action: 'redemption.code_revealed', subjectType: 'redemption', subjectId: id });
      return { code: this.cipher.decrypt(row.codeEncrypted) };
    });
  }

  async get(viewer: CurrentEmployee, id: string): Promise<RedemptionDto> {
    const row = await this.redemptions.one(id);
    if (!row || (row.employeeId !== viewer.id && viewer.role !== 'admin')) throw RedemptionsErrors.notFound();
    return toRedemptionDto(row);
  }

  mine(viewer: CurrentEmployee, query: ListRedemptionsQueryDto): Promise<RedemptionPageDto> {
    return this.page({ employeeId: viewer.id, status: query.status }, query);
  }

  queue(query: ListRedemptionsQueryDto): Promise<RedemptionPageDto> {
    return this.page({ status: query.status }, query);
  }

  /** Finance's CSV: every redemption requested in the period, then cost totals by status (declined ones cost nothing). */
  async export(query: RedemptionExportQueryDto): Promise<{ filename: string; csv: string }> {
    if (query.from > query.to) throw RedemptionsErrors.periodReversed();
    const rows = await this.redemptions.inPeriod(query.from, query.to, this.config.companyTimeZone);
    const total = (status?: string) => rows.filter((r) => (status ? r.status === status : r.status !== 'declined')).reduce((sum, r) => sum + r.cost, 0);
    const day = (d: Date | null) => (d ? todayIn(this.config.companyTimeZone, new Date(d)) : '');
    const csv = toCsv(
      ['requestedOn', 'redemptionId', 'employee', 'department', 'item', 'category', 'charity', 'cost', 'status', 'decidedOn', 'decidedBy'],
      [
        ...rows.map((r) => [
          day(r.createdAt),
          r.id,
          r.employeeName,
          r.departmentName,
          r.title,
          r.category,
          r.charity,
          r.cost,
          r.status,
          day(r.decidedAt),
          r.decidedByName,
        ]),
        ['total fulfilled', null, null, null, null, null, null, total('fulfilled'), 'fulfilled', null, null],
        ['total pending', null, null, null, null, null, null, total('pending'), 'pending', null, null],
        ['total fulfilled and pending', null, null, null, null, null, null, total(), null, null, null],
      ],
    );
    return { filename: `redemptions-${query.from}-to-${query.to}.csv`, csv };
  }

  private async page(filter: { employeeId?: string; status?: ListRedemptionsQueryDto['status'] }, query: ListRedemptionsQueryDto): Promise<RedemptionPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const { rows, nextCursor } = keysetPage(await this.redemptions.page(filter, limit + 1, after), limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return { items: rows.map(toRedemptionDto), nextCursor };
  }

  /**
   * Records a redemption paid from its person's points, tells the admins it waits in the fulfilment queue, and audits
   * it as `actorId`'s: the person, or for a gift the manager who gave it (GiftsService).
   */
  async record(
    manager: EntityManager,
    actorId: string,
    redemption: NewRedemption,
    action: 'redemption.requested' | 'redemption.gift_given' = 'redemption.requested',
  ): Promise<{ id: string; balance: number }> {
    const id = await this.redemptions.insert(manager, redemption);
    const balance = await this.points.spend(manager, redemption.employeeId, redemption.cost, id);
    const admins = await this.redemptions.currentAdminIds(manager);
    await this.notifications.notify(
      manager,
      admins.map((adminId) => ({ recipientId: adminId, kind: 'redemption_requested', storyId: null, actorId, redemptionId: id })),
    );
    await this.audit.record(manager, {
      actorId,
      action,
      subjectType: 'redemption',
      subjectId: id,
      before: { balance: balance + redemption.cost },
      after: {
        itemId: redemption.itemId,
        title: redemption.title,
        cost: redemption.cost,
        charity: redemption.charity,
        balance,
        ...(redemption.rewardId ? { rewardId: redemption.rewardId, employeeId: redemption.employeeId } : {}),
      },
    });
    return { id, balance };
  }

  private async pending(manager: EntityManager, id: string): Promise<RedemptionRow> {
    const status = await this.redemptions.lockStatus(manager, id);
    if (!status) throw RedemptionsErrors.notFound();
    if (status !== 'pending') throw RedemptionsErrors.alreadyDecided(status);
    return (await this.redemptions.one(id, manager))!;
  }

  private notify(manager: EntityManager, recipientId: string, kind: NotificationKind, actorId: string, redemptionId: string): Promise<void> {
    return this.notifications.notify(manager, [{ recipientId, kind, storyId: null, actorId, redemptionId }]);
  }

  private async checkEmployed(viewer: CurrentEmployee): Promise<void> {
    const person = await this.redemptions.person(viewer.id);
    if (!person || hasLeft(person.leftOn, todayIn(this.config.companyTimeZone))) throw RedemptionsErrors.personHasLeft();
  }
}
