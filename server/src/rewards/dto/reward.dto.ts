import { ApiProperty } from '@nestjs/swagger';
import { BadgeRefDto } from '../../badges/dto/badge.dto';
import { BadgeIcon } from '../../badges/badge.entity';
import { BudgetDto } from '../../budgets/dto/budget.dto';
import { periodEnd } from '../../common/calendar';
import { CurrentEmployee } from '../../common/current-employee';
import { EmployeeInDepartmentDto, EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { StoryDepartmentDto } from '../../stories/dto/story.dto';
import { canRevoke, REVOKE_WINDOW_HOURS } from '../rewards.policy';
import { REDEMPTION_STATUSES, RedemptionStatus } from '../../redemptions/redemption.entity';
import { CHAMPION_PERIODS, ChampionPeriod, REWARD_KINDS, RewardKind } from '../reward.entity';

export class RewardStoryRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;
}

export class RewardGiftDto {
  @ApiProperty({ format: 'uuid', description: 'The redemption that hands the item over (in the redemptions queue).' })
  redemptionId: string;

  @ApiProperty({ description: 'The catalogue item, as it was when given.' })
  title: string;

  @ApiProperty({ enum: REDEMPTION_STATUSES, enumName: 'RedemptionStatus', description: 'pending until an admin hands it over (fulfilled) or declines it.' })
  status: RedemptionStatus;
}

export class ChampionTitleDto {
  @ApiProperty({ enum: CHAMPION_PERIODS, enumName: 'ChampionPeriod' })
  period: ChampionPeriod;

  @ApiProperty({ format: 'date' })
  periodStart: string;

  @ApiProperty({ format: 'date' })
  periodEnd: string;

  @ApiProperty({ type: StoryDepartmentDto })
  department: StoryDepartmentDto;
}

export class RewardDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REWARD_KINDS, enumName: 'RewardKind' })
  kind: RewardKind;

  @ApiProperty()
  points: number;

  @ApiProperty({
    type: BadgeRefDto,
    nullable: true,
    description: 'The badge a badge reward gave (null for other kinds and for badge rewards from before badges).',
  })
  badge: BadgeRefDto | null;

  @ApiProperty()
  citation: string;

  @ApiProperty({ type: EmployeeInDepartmentDto, description: 'The recipient, with their department when rewarded.' })
  recipient: EmployeeInDepartmentDto;

  @ApiProperty({ type: EmployeeRefDto })
  giver: EmployeeRefDto;

  @ApiProperty({
    type: RewardGiftDto,
    nullable: true,
    description: 'The catalogue item a gift reward gave (null for other kinds, and for gifts from before gifts were catalogue items).',
  })
  gift: RewardGiftDto | null;

  @ApiProperty({ type: RewardStoryRefDto, nullable: true })
  story: RewardStoryRefDto | null;

  @ApiProperty({ type: ChampionTitleDto, nullable: true })
  champion: ChampionTitleDto | null;

  @ApiProperty({ format: 'date', description: 'The company-time-zone date it was given.' })
  awardedOn: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  revokeReason: string | null;

  @ApiProperty({ description: `Whether you can revoke it now (its giver or an admin, within ${REVOKE_WINDOW_HOURS} hours).` })
  revocable: boolean;
}

export class GivenRewardDto {
  @ApiProperty({ type: RewardDto })
  reward: RewardDto;

  @ApiProperty({ type: BudgetDto, description: 'Your budget after the reward.' })
  budget: BudgetDto;
}

export class RewardPageDto {
  @ApiProperty({ type: [RewardDto] })
  items: RewardDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ChampionDto {
  @ApiProperty({ format: 'uuid', description: 'The reward that named the champion.' })
  rewardId: string;

  @ApiProperty({ type: EmployeeRefDto })
  employee: EmployeeRefDto;

  @ApiProperty({ type: ChampionTitleDto })
  title: ChampionTitleDto;

  @ApiProperty()
  citation: string;

  @ApiProperty({ type: EmployeeRefDto })
  namedBy: EmployeeRefDto;
}

export interface RewardRow {
  id: string;
  kind: RewardKind;
  points: number;
  badgeId: string | null;
  badgeName: string | null;
  badgeIcon: BadgeIcon | null;
  citation: string;
  recipientId: string;
  recipientName: string;
  departmentId: string;
  departmentName: string;
  giverId: string;
  giverName: string;
  storyId: string | null;
  storyTitle: string | null;
  giftRedemptionId: string | null;
  giftTitle: string | null;
  giftStatus: RedemptionStatus | null;
  championPeriod: ChampionPeriod | null;
  periodStart: string | null;
  championDepartmentId: string | null;
  championDepartmentName: string | null;
  awardedOn: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
}

export function championTitle(
  row: Pick<RewardRow, 'championPeriod' | 'periodStart' | 'championDepartmentId' | 'championDepartmentName'>,
): ChampionTitleDto | null {
  if (!row.championPeriod || !row.periodStart || !row.championDepartmentId) return null;
  return {
    period: row.championPeriod,
    periodStart: row.periodStart,
    periodEnd: periodEnd(row.championPeriod, row.periodStart)!,
    department: { id: row.championDepartmentId, name: row.championDepartmentName ?? '' },
  };
}

export function toRewardDto(row: RewardRow, viewer: CurrentEmployee): RewardDto {
  return {
    id: row.id,
    kind: row.kind,
    points: row.points,
    badge: row.badgeId ? { id: row.badgeId, name: row.badgeName ?? '', icon: row.badgeIcon ?? 'award' } : null,
    citation: row.citation,
    recipient: { id: row.recipientId, name: row.recipientName, department: { id: row.departmentId, name: row.departmentName } },
    giver: { id: row.giverId, name: row.giverName },
    gift: row.giftRedemptionId ? { redemptionId: row.giftRedemptionId, title: row.giftTitle ?? '', status: row.giftStatus ?? 'pending' } : null,
    story: row.storyId ? { id: row.storyId, title: row.storyTitle ?? '' } : null,
    champion: championTitle(row),
    awardedOn: row.awardedOn,
    createdAt: new Date(row.createdAt).toISOString(),
    revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
    revokeReason: row.revokeReason,
    revocable: canRevoke(viewer, row),
  };
}
