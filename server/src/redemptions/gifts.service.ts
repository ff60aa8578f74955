import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogueCategory } from '../catalogue/catalogue-item.entity';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayIn } from '../common/calendar';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PointsService } from '../points/points.service';
import { RedemptionsErrors } from './redemptions.errors';
import { giftRefusal } from './redemptions.policy';
import { RedemptionsRepository } from './redemptions.repository';
import { RedemptionsService } from './redemptions.service';

export interface GiftRecipient {
  id: string;
  departmentId: string;
}

export interface GiftItem {
  id: string;
  title: string;
  category: CatalogueCategory;
  cost: number;
}

export interface NewGift {
  recipient: GiftRecipient;
  itemId: string;
  rewardId: string;
  giverId: string;
  citation: string;
}

/**
 * A gift is a manager's reward that is a catalogue item. The reward credits the item's cost from the manager's budget,
 * and in the same transaction the gift spends it on the item: the recipient's balance is where it was, and the gift
 * waits for an admin to hand it over like any redemption. Declined by an admin, its points stay with the recipient.
 */
@Injectable()
export class GiftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redemptions: RedemptionsRepository,
    private readonly points: PointsService,
    private readonly catalogue: CatalogueService,
    private readonly redemptionsService: RedemptionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The item, if it may be given to the recipient now (offered to their department, and as their own redemption would be). */
  async item(recipient: GiftRecipient, itemId: string, manager: EntityManager = this.dataSource.manager): Promise<GiftItem> {
    const item = await this.catalogue.offeredTo(recipient.departmentId, itemId, manager);
    if (!item) throw RedemptionsErrors.giftNotOffered();
    const zone = this.config.companyTimeZone;
    const yearStart = `${todayIn(zone).slice(0, 4)}-01-01`;
    const redeemed = item.yearlyLimit === null ? 0 : await this.redemptions.countSince(manager, recipient.id, item.id, yearStart, zone);
    const refusal = giftRefusal(item, redeemed);
    if (refusal) throw refusal;
    return { id: item.id, title: item.title, category: item.category, cost: item.cost };
  }

  /** In the reward's transaction, after its points were credited: takes the item from stock and pays for it. */
  async give(manager: EntityManager, gift: NewGift): Promise<string> {
    await this.points.lockAccount(manager, gift.recipient.id);
    const item = await this.item(gift.recipient, gift.itemId, manager);
    if (!(await this.catalogue.takeOne(manager, item.id))) throw RedemptionsErrors.giftOutOfStock();
    const { id } = await this.redemptionsService.record(
      manager,
      gift.giverId,
      {
        employeeId: gift.recipient.id,
        employeeDepartmentId: gift.recipient.departmentId,
        itemId: item.id,
        title: item.title,
        category: item.category,
        cost: item.cost,
        charity: null,
        request: gift.citation,
        rewardId: gift.rewardId,
      },
      'redemption.gift_given',
    );
    return id;
  }

  /**
   * The gift's reward is being revoked (in its transaction, before the reward's points are taken back): a gift not yet
   * handed over is declined and its points return to the recipient, for the revoke to take; one handed over cannot be.
   */
  async withdraw(manager: EntityManager, rewardId: string, actorId: string, reason: string): Promise<void> {
    const gift = await this.redemptions.lockGift(manager, rewardId);
    // A gift reward from before gifts were catalogue items has none; one an admin declined returned its points already.
    if (!gift || gift.status === 'declined') return;
    if (gift.status === 'fulfilled') throw RedemptionsErrors.giftHandedOver();
    const row = (await this.redemptions.one(gift.id, manager))!;
    await this.points.lockAccount(manager, row.employeeId);
    const note = `The reward was revoked: ${reason}`.slice(0, 1000);
    await this.redemptions.decide(manager, gift.id, { status: 'declined', note, codeEncrypted: null, byId: actorId });
    await this.points.returnPoints(manager, row.employeeId, row.cost, gift.id, note);
    if (row.itemId) await this.catalogue.returnOne(manager, row.itemId);
    await this.audit.record(manager, {
      actorId,
      action: 'redemption.gift_withdrawn',
      subjectType: 'redemption',
      subjectId: gift.id,
      before: { status: 'pending' },
      after: { status: 'declined', rewardId, reason },
    });
  }
}
