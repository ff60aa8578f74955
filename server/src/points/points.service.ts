import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { dateIn, todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PointsEntryDto, PointsLedgerPageDto, PointsLedgerQueryDto, PointsSettingsDto, PointsSummaryDto, UpdatePointsSettingsDto } from './dto/points.dto';
import { PointsErrors } from './points.errors';
import { canSeePoints, leaverExpiryDate, pointsDue, upcomingExpiry } from './points.policy';
import { BalanceDifference, PointsEntryRow, PointsPerson, PointsRepository } from './points.repository';

export interface RewardPoints {
  employeeId: string;
  rewardId: string;
  points: number;
  receivedOn: string;
}

export interface ExpiryRun {
  asOf: string;
  people: number;
  points: number;
}

/**
 * Balances and their ledger. Rewards and redemptions move points only through this service, inside their own
 * transaction, so a balance changes exactly when the row that moves it commits.
 */
@Injectable()
export class PointsService {
  private readonly logger = new Logger('Points');

  constructor(
    private readonly dataSource: DataSource,
    private readonly points: PointsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rewardGiven(manager: EntityManager, reward: RewardPoints): Promise<void> {
    if (reward.points <= 0) return;
    await this.points.credit(manager, {
      employeeId: reward.employeeId,
      kind: 'reward',
      points: reward.points,
      rewardId: reward.rewardId,
      receivedOn: reward.receivedOn,
    });
  }

  /** Takes a revoked reward's points back; refused when the recipient has already spent them. */
  async rewardRevoked(manager: EntityManager, reward: RewardPoints): Promise<void> {
    if (reward.points <= 0) return;
    const balance = await this.points.lock(manager, reward.employeeId);
    const after = await this.points.debit(manager, {
      employeeId: reward.employeeId,
      kind: 'reward_revoked',
      points: -reward.points,
      rewardId: reward.rewardId,
      receivedOn: reward.receivedOn,
    });
    if (after === null) throw PointsErrors.alreadySpent(balance, reward.points);
  }

  /** Locks the person's account for the rest of the transaction and returns the balance: one spend per person at a time. */
  lockAccount(manager: EntityManager, employeeId: string): Promise<number> {
    return this.points.lock(manager, employeeId);
  }

  /** 422 naming the balance when `points` are more than it holds. */
  assertCanSpend(balance: number, points: number): void {
    if (balance < points) throw PointsErrors.insufficient(balance, points);
  }

  /** Spends points on a redemption; 422 naming the balance when short. Returns the balance after. */
  async spend(manager: EntityManager, employeeId: string, points: number, redemptionId: string): Promise<number> {
    const after = await this.points.debit(manager, { employeeId, kind: 'redemption', points: -points, redemptionId });
    if (after === null) throw PointsErrors.insufficient(await this.points.balance(employeeId, manager), points);
    return after;
  }

  /** A declined redemption's points, back at once. */
  returnPoints(manager: EntityManager, employeeId: string, points: number, redemptionId: string, note: string): Promise<number> {
    return this.points.credit(manager, { employeeId, kind: 'redemption_returned', points, redemptionId, note });
  }

  balanceOf(employeeId: string): Promise<number> {
    return this.points.balance(employeeId);
  }

  async summary(viewer: CurrentEmployee, employeeId = viewer.id): Promise<PointsSummaryDto> {
    const person = await this.visiblePerson(viewer, employeeId);
    const [balance, settings] = await Promise.all([this.points.balance(person.id), this.points.settings()]);
    const today = todayIn(this.config.companyTimeZone);
    const upcoming =
      settings.expiryMonths && balance > 0
        ? upcomingExpiry(await this.points.lots(person.id), await this.points.consumed(person.id), settings.expiryMonths, today)
        : [];
    return {
      employeeId: person.id,
      name: person.name,
      balance,
      upcomingExpiry: upcoming,
      leaverExpiresOn: person.leftOn ? leaverExpiryDate(person.leftOn, settings.leaverGraceDays) : null,
    };
  }

  async ledger(viewer: CurrentEmployee, query: PointsLedgerQueryDto): Promise<PointsLedgerPageDto> {
    const person = await this.visiblePerson(viewer, query.employeeId ?? viewer.id);
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const { rows, nextCursor } = keysetPage(await this.points.page(person.id, limit + 1, after), limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return { items: rows.map(toEntryDto), nextCursor };
  }

  settings(): Promise<PointsSettingsDto> {
    return this.points.settings();
  }

  async isLeaderboardPublic(): Promise<boolean> {
    return (await this.points.settings()).leaderboardPublic;
  }

  async updateSettings(viewer: CurrentEmployee, dto: UpdatePointsSettingsDto): Promise<PointsSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.points.settings(manager);
      const after = {
        expiryMonths: dto.expiryMonths === undefined ? before.expiryMonths : dto.expiryMonths,
        leaderboardPublic: dto.leaderboardPublic ?? before.leaderboardPublic,
        leaverGraceDays: dto.leaverGraceDays ?? before.leaverGraceDays,
      };
      await this.points.saveSettings(manager, after);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'points.settings_changed',
        subjectType: 'employee',
        subjectId: viewer.id,
        before: { ...before },
        after: { ...after },
      });
    });
    return this.points.settings();
  }

  /**
   * Expires what is due on the company day of `asOf`: points older than the company's expiry months (oldest
   * first, after spending), and the whole balance of people who left more than the grace days ago. Idempotent:
   * a second run for the same day finds nothing due. One short transaction per person, holding their account lock.
   */
  async expirePoints(asOf: Date): Promise<ExpiryRun> {
    const day = dateIn(this.config.companyTimeZone, asOf);
    const settings = await this.points.settings();
    const run: ExpiryRun = { asOf: day, people: 0, points: 0 };
    for (const candidate of await this.points.expiryCandidates(day, settings)) {
      const expired = await this.dataSource.transaction(async (manager) => {
        const balance = await this.points.lock(manager, candidate.employeeId);
        const due = candidate.leaver
          ? balance
          : pointsDue(
              await this.points.lots(candidate.employeeId, manager),
              await this.points.consumed(candidate.employeeId, manager),
              settings.expiryMonths!,
              day,
              balance,
            );
        if (due <= 0) return 0;
        const note = candidate.leaver
          ? `Left the company more than ${settings.leaverGraceDays} days ago`
          : `Received more than ${settings.expiryMonths} months ago`;
        await this.points.debit(manager, { employeeId: candidate.employeeId, kind: 'expiry', points: -due, note });
        await this.audit.record(manager, {
          actorId: null,
          action: 'points.expired',
          subjectType: 'employee',
          subjectId: candidate.employeeId,
          before: { balance },
          after: { balance: balance - due, expired: due, asOf: day },
        });
        return due;
      });
      if (expired > 0) {
        run.people++;
        run.points += expired;
      }
    }
    if (run.points) this.logger.log(`Expired ${run.points} points of ${run.people} people as of ${day}`);
    return run;
  }

  /** People whose stored balance differs from their ledger or from the rewards and redemptions: empty when exact. */
  balanceDifferences(): Promise<BalanceDifference[]> {
    return this.points.differences();
  }

  private async visiblePerson(viewer: CurrentEmployee, employeeId: string): Promise<PointsPerson> {
    const person = await this.points.person(employeeId);
    if (!person) throw PointsErrors.personNotFound();
    if (!canSeePoints(viewer, person)) throw PointsErrors.notVisible();
    return person;
  }
}

function entryDescription(row: PointsEntryRow): string {
  switch (row.kind) {
    case 'reward':
      return `Reward from ${row.rewardGiverName ?? 'a manager'}${row.rewardCitation ? `: ${row.rewardCitation}` : ''}`;
    case 'reward_revoked':
      return `Reward revoked${row.rewardGiverName ? ` by ${row.rewardGiverName}` : ''}`;
    case 'redemption':
      return `Redeemed: ${row.redemptionTitle ?? 'a reward'}`;
    case 'redemption_returned':
      return `Returned: ${row.redemptionTitle ?? 'a reward'}${row.note ? ` (${row.note})` : ''}`;
    case 'expiry':
      return `Expired${row.note ? `: ${row.note}` : ''}`;
  }
}

function toEntryDto(row: PointsEntryRow): PointsEntryDto {
  return {
    id: row.id,
    kind: row.kind,
    points: row.points,
    description: entryDescription(row),
    rewardId: row.rewardId,
    redemptionId: row.redemptionId,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
