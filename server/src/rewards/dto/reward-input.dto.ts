import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { trim } from '../../common/transforms';
import { CHAMPION_PERIODS, ChampionPeriod, REWARD_KINDS, RewardKind } from '../reward.entity';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { QueryLimitField } from '../../common/query-limit.field';

export class GiveRewardDto {
  @ApiProperty({ format: 'uuid', description: 'A current employee other than you; managers reward people in departments they manage.' })
  @IsCanonicalUuid('all', { message: 'recipientId must be a UUID' })
  recipientId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The story the reward is for (the recipient must be one of its heroes); omit for a period award.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'storyId must be a UUID' })
  storyId?: string;

  @ApiProperty({ enum: REWARD_KINDS, enumName: 'RewardKind' })
  @IsIn(REWARD_KINDS, { message: `kind must be one of ${REWARD_KINDS.join(', ')}` })
  kind: RewardKind;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 10000,
    default: 0,
    description:
      'Taken from your budget for the current quarter; a points reward needs at least 1. A gift costs its item’s points: leave it out, or give exactly that.',
  })
  @IsOptionalNonNull()
  @IsInt({ message: 'points must be a whole number' })
  @Min(0)
  @Max(10000)
  points?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Badge rewards only, and required for them: one of the active badges (GET /api/badges).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'badgeId must be a UUID' })
  badgeId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Gift rewards only, and required for them: a catalogue item offered to the recipient’s department (GET /api/catalogue). Its cost comes from your budget; the recipient receives the item (an admin hands it over), not points.',
  })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'catalogueItemId must be a UUID' })
  catalogueItemId?: string;

  @ApiProperty({ maxLength: 1000, example: 'Stayed after close to find the right size for a bride in a hurry.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'citation must say what the reward is for' })
  @MaxLength(1000)
  citation: string;

  @ApiPropertyOptional({ enum: CHAMPION_PERIODS, enumName: 'ChampionPeriod', description: 'Champion rewards only: champion of the month or of the quarter.' })
  @IsOptionalNonNull()
  @IsIn(CHAMPION_PERIODS, { message: `championPeriod must be one of ${CHAMPION_PERIODS.join(', ')}` })
  championPeriod?: ChampionPeriod;

  @ApiPropertyOptional({ format: 'date', description: 'Champion rewards only: first day of the month or quarter (default: the current one).' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  periodStart?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Champion rewards only: the department (default and only choice: the recipient’s).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;
}

export class RevokeRewardDto {
  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason must say why' })
  @MaxLength(500)
  reason: string;
}

export class ListRewardsQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'recipientId must be a UUID' })
  recipientId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'giverId must be a UUID' })
  giverId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'storyId must be a UUID' })
  storyId?: string;

  @ApiPropertyOptional({ enum: REWARD_KINDS, enumName: 'RewardKind' })
  @IsOptionalNonNull()
  @IsIn(REWARD_KINDS, { message: `kind must be one of ${REWARD_KINDS.join(', ')}` })
  kind?: RewardKind;
}

export class ListChampionsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Champion awards of one person.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'employeeId must be a UUID' })
  employeeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ enum: CHAMPION_PERIODS, enumName: 'ChampionPeriod' })
  @IsOptionalNonNull()
  @IsIn(CHAMPION_PERIODS, { message: `period must be one of ${CHAMPION_PERIODS.join(', ')}` })
  period?: ChampionPeriod;

  @QueryLimitField(50)
  limit?: number;
}
