import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BadgesService } from '../badges/badges.service';
import { GiftItem, GiftsService } from '../redemptions/gifts.service';
import { BudgetsService } from '../budgets/budgets.service';
import { periodStart, todayIn } from '../common/calendar';
import { canManageDepartment, CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RecognitionTalliesService } from '../leaderboards/recognition-tallies.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsService } from '../points/points.service';
import { StoriesService } from '../stories/stories.service';
import { GiveRewardDto, ListChampionsQueryDto, ListRewardsQueryDto, RevokeRewardDto } from './dto/reward-input.dto';
import { championTitle, ChampionDto, GivenRewardDto, RewardDto, RewardPageDto, toRewardDto } from './dto/reward.dto';
import { ChampionPeriod } from './reward.entity';
import { RewardsErrors } from './rewards.errors';
import { canRevoke, mayNameChampionFor, REVOKE_WINDOW_HOURS } from './rewards.policy';
import { isChampionTaken, RecipientRow, RewardsRepository } from './rewards.repository';
import { IntegrationEventsService } from '../integration-events/integration-events.service';

interface ChampionFields {
  championPeriod: ChampionPeriod | null;
  periodStart: string | null;
  championDepartmentId: string | null;
}

@Injectable()
export class RewardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rewards: RewardsRepository,
    private readonly budgets: BudgetsService,
    private readonly stories: StoriesService,
    private readonly tallies: RecognitionTalliesService,
    private readonly notifications: NotificationsService,
    private readonly points: PointsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly integrationEvents: IntegrationEventsService,
    private readonly badges: BadgesService,
    private readonly gifts: GiftsService,
  ) {}

  async give(viewer: CurrentEmployee, dto: GiveRewardDto): Promise<GivenRewardDto> {
    if (dto.kind === 'points' && (dto.points ?? 0) < 1) throw RewardsErrors.pointsRequired();
    const recipient = await this.checkRecipient(viewer, dto.recipientId);
    if (dto.storyId) await this.checkStory(viewer, dto.storyId, recipient.id);
    const badgeId = await this.checkBadge(dto);
    const gift = await this.checkGift(dto, recipient);
    const points = gift ? gift.cost : (dto.points ?? 0);
    const today = todayIn(this.config.companyTimeZone);
    const champion = await this.championFields(viewer, dto, recipient, today);
    const quarter = this.budgets.currentQuarterStart();
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const remainingBefore = points > 0 ? (await this.budgets.spend(manager, viewer.id, quarter, points)) + points : null;
        const reward = await this.rewards.insert(manager, {
          giverId: viewer.id,
          recipientId: recipient.id,
          recipientDepartmentId: recipient.departmentId,
          storyId: dto.storyId ?? null,
          kind: dto.kind,
          points,
          badgeId,
          citation: dto.citation,
          ...champion,
          budgetQuarter: points > 0 ? quarter : null,
          awardedOn: today,
        });
        await this.tallies.rewardChanged(manager, recipient.id, reward.createdAt, points);
        await this.points.rewardGiven(manager, { employeeId: recipient.id, rewardId: reward.id, points, receivedOn: today });
        if (gift) await this.gifts.give(manager, { recipient, itemId: gift.id, rewardId: reward.id, giverId: viewer.id, citation: dto.citation });
        await this.notifications.notify(manager, [
          { recipientId: recipient.id, kind: 'rewarded', storyId: dto.storyId ?? null, actorId: viewer.id, rewardId: reward.id },
        ]);
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'reward.given',
          subjectType: 'reward',
          subjectId: reward.id,
          before: remainingBefore === null ? null : { budgetRemaining: remainingBefore },
          after: {
            recipientId: recipient.id,
            kind: dto.kind,
            points,
            storyId: dto.storyId ?? null,
            badgeId,
            catalogueItemId: gift?.id ?? null,
            ...champion,
            budgetRemaining: remainingBefore === null ? null : remainingBefore - points,
          },
        });
        await this.integrationEvents.publish(manager, 'reward.given', { rewardId: reward.id, storyId: dto.storyId ?? undefined });
        return reward.id;
      });
    } catch (error) {
      if (isChampionTaken(error))
        throw RewardsErrors.championTaken(
          (await this.rewards.currentChampion(champion.championDepartmentId!, champion.championPeriod!, champion.periodStart!)) ?? 'Someone',
        );
      throw error;
    }
    if (dto.storyId) this.stories.cardChanged(dto.storyId);
    return { reward: await this.get(viewer, id), budget: await this.budgets.mine(viewer) };
  }

  async revoke(viewer: CurrentEmployee, id: string, dto: RevokeRewardDto): Promise<RewardDto> {
    const reward = await this.rewards.one(id);
    if (!reward || !this.inLedger(viewer, reward)) throw RewardsErrors.notFound();
    if (reward.revokedAt) throw RewardsErrors.alreadyRevoked();
    if (reward.giverId !== viewer.id && viewer.role !== 'admin') throw RewardsErrors.notGiver();
    if (!canRevoke(viewer, reward)) throw RewardsErrors.revokeWindowClosed();
    await this.dataSource.transaction(async (manager) => {
      const revoked = await this.rewards.revoke(manager, id, viewer.id, dto.reason, REVOKE_WINDOW_HOURS);
      if (!revoked) throw RewardsErrors.alreadyRevoked();
      if (reward.points > 0 && reward.budgetQuarter) await this.budgets.refund(manager, reward.giverId, reward.budgetQuarter, reward.points);
      // A gift not yet handed over is declined first: its points come back to the recipient, for the revoke to take.
      if (reward.kind === 'gift') await this.gifts.withdraw(manager, id, viewer.id, dto.reason);
      // The recipient's balance gives the points back too, unless they have spent them already (then nothing changes).
      await this.points.rewardRevoked(manager, { employeeId: reward.recipientId, rewardId: id, points: reward.points, receivedOn: reward.awardedOn });
      await this.tallies.rewardChanged(manager, reward.recipientId, revoked.createdAt, -reward.points);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'reward.revoked',
        subjectType: 'reward',
        subjectId: id,
        before: { revoked: false, points: reward.points, recipientId: reward.recipientId },
        after: { revoked: true, reason: dto.reason, pointsReturnedTo: reward.points > 0 ? reward.giverId : null },
      });
      await this.integrationEvents.publish(manager, 'reward.revoked', { rewardId: id });
    });
    if (reward.storyId) this.stories.cardChanged(reward.storyId);
    return this.get(viewer, id);
  }

  async get(viewer: CurrentEmployee, id: string): Promise<RewardDto> {
    const row = await this.rewards.one(id);
    if (!row || !this.inLedger(viewer, row)) throw RewardsErrors.notFound();
    return toRewardDto(row, viewer);
  }

  async list(viewer: CurrentEmployee, query: ListRewardsQueryDto): Promise<RewardPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const scope = { all: viewer.role === 'admin', viewerId: viewer.id, departmentIds: viewer.role === 'manager' ? viewer.managedDepartmentIds : [] };
    const { rows, nextCursor } = keysetPage(await this.rewards.page(scope, query, limit + 1, after), limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return { items: rows.map((row) => toRewardDto(row, viewer)), nextCursor };
  }

  /** Champions are public: everyone sees who was named champion of which department and period. */
  async champions(query: ListChampionsQueryDto): Promise<ChampionDto[]> {
    const rows = await this.rewards.champions(query, query.limit ?? 50);
    return rows.map((row) => ({
      rewardId: row.id,
      employee: { id: row.recipientId, name: row.recipientName },
      title: championTitle(row)!,
      citation: row.citation,
      namedBy: { id: row.giverId, name: row.giverName },
    }));
  }

  /** The reward ledger a person may read: admins everything, managers their departments', everyone their own. */
  private inLedger(viewer: CurrentEmployee, row: { recipientId: string; giverId: string; departmentId: string }): boolean {
    return viewer.role === 'admin' || row.recipientId === viewer.id || row.giverId === viewer.id || canManageDepartment(viewer, row.departmentId);
  }

  private async checkRecipient(viewer: CurrentEmployee, recipientId: string): Promise<RecipientRow> {
    const recipient = await this.rewards.recipient(recipientId);
    if (!recipient) throw RewardsErrors.unknownRecipient();
    if (recipient.id === viewer.id) throw RewardsErrors.selfReward();
    if (!canManageDepartment(viewer, recipient.departmentId)) throw RewardsErrors.outOfScope();
    if (recipient.leftOn) throw RewardsErrors.recipientHasLeft();
    return recipient;
  }

  private async checkStory(viewer: CurrentEmployee, storyId: string, recipientId: string): Promise<void> {
    const story = await this.stories.visible(viewer, storyId);
    if (story.status !== 'published') throw RewardsErrors.storyNotRewardable();
    if (!story.heroes.some((h) => h.id === recipientId)) throw RewardsErrors.notAHero();
  }

  /** A badge reward names an active badge; other kinds name none. */
  private async checkBadge(dto: GiveRewardDto): Promise<string | null> {
    if (dto.kind !== 'badge') {
      if (dto.badgeId) throw RewardsErrors.badgeNotAllowed();
      return null;
    }
    if (!dto.badgeId) throw RewardsErrors.badgeRequired();
    if (!(await this.badges.isActive(dto.badgeId))) throw RewardsErrors.badgeNotAvailable();
    return dto.badgeId;
  }

  /** A gift names a catalogue item the recipient may have, and costs exactly its points; other kinds name none. */
  private async checkGift(dto: GiveRewardDto, recipient: RecipientRow): Promise<GiftItem | null> {
    if (dto.kind !== 'gift') {
      if (dto.catalogueItemId) throw RewardsErrors.giftItemNotAllowed();
      return null;
    }
    if (!dto.catalogueItemId) throw RewardsErrors.giftItemRequired();
    const item = await this.gifts.item(recipient, dto.catalogueItemId);
    if (dto.points !== undefined && dto.points !== item.cost) throw RewardsErrors.giftPointsMismatch(item.cost);
    return item;
  }

  private async championFields(viewer: CurrentEmployee, dto: GiveRewardDto, recipient: RecipientRow, today: string): Promise<ChampionFields> {
    if (dto.kind !== 'champion') {
      if (dto.championPeriod || dto.periodStart || dto.departmentId) throw RewardsErrors.championPeriodNotAllowed();
      return { championPeriod: null, periodStart: null, championDepartmentId: null };
    }
    if (!dto.championPeriod) throw RewardsErrors.championPeriodRequired();
    const start = dto.periodStart ?? periodStart(dto.championPeriod, today);
    if (periodStart(dto.championPeriod, start) !== start) throw RewardsErrors.periodStartMisaligned(dto.championPeriod);
    if (start > today) throw RewardsErrors.periodInFuture();
    if (!mayNameChampionFor(viewer, dto.championPeriod, start, today)) throw RewardsErrors.periodTooOld(dto.championPeriod);
    const departmentId = dto.departmentId ?? recipient.departmentId;
    if (departmentId !== recipient.departmentId) throw RewardsErrors.championDepartmentMismatch();
    const holder = await this.rewards.currentChampion(departmentId, dto.championPeriod, start);
    if (holder) throw RewardsErrors.championTaken(holder);
    return { championPeriod: dto.championPeriod, periodStart: start, championDepartmentId: departmentId };
  }
}
