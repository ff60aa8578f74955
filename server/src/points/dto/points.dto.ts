import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { IsCanonicalUuid, IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { POINTS_ENTRY_KINDS, PointsEntryKind } from '../points-entry.entity';

export class ExpiringPointsDto {
  @ApiProperty({ format: 'date', example: '2027-03-31' })
  expiresOn: string;

  @ApiProperty({ example: 120 })
  points: number;
}

export class PointsSummaryDto {
  @ApiProperty({ format: 'uuid' })
  employeeId: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;

  @ApiProperty({ example: 450, description: 'Points received (rewards not revoked) less points redeemed (not declined) and expired.' })
  balance: number;

  @ApiProperty({ type: [ExpiringPointsDto], description: 'Points that will expire, soonest first (oldest points are spent first).' })
  upcomingExpiry: ExpiringPointsDto[];

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'For a person who has left: the day their unspent points expire.' })
  leaverExpiresOn: string | null;
}

export class PointsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Whose points (default: yours). Others’ are visible to their managers and admins.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'employeeId must be a UUID' })
  employeeId?: string;
}

export class PointsLedgerQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Whose ledger (default: yours).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'employeeId must be a UUID' })
  employeeId?: string;
}

export class PointsEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: POINTS_ENTRY_KINDS, enumName: 'PointsEntryKind' })
  kind: PointsEntryKind;

  @ApiProperty({ example: -250, description: 'Signed: positive added to the balance.' })
  points: number;

  @ApiProperty({ example: 'Reward from Marcus Bell: Owned the customer’s problem.' })
  description: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  rewardId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  redemptionId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PointsLedgerPageDto {
  @ApiProperty({ type: [PointsEntryDto] })
  items: PointsEntryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class PointsSettingsDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 120,
    description: 'Points expire this many months after they were received, oldest first; null: never.',
  })
  expiryMonths: number | null;

  @ApiProperty({ description: 'Whether everyone may see the reward-points leaderboard (off by default: points are private).' })
  leaderboardPublic: boolean;

  @ApiProperty({ minimum: 0, maximum: 3650, description: 'A leaver’s unspent points are kept this many days after their last day, then expire.' })
  leaverGraceDays: number;
}

export class UpdatePointsSettingsDto {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 120, description: 'null: points never expire.' })
  @IsNullable()
  @IsInt({ message: 'expiryMonths must be a whole number of months' })
  @Min(1)
  @Max(120)
  expiryMonths?: number | null;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean({ message: 'leaderboardPublic must be true or false' })
  leaderboardPublic?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 3650 })
  @IsOptionalNonNull()
  @IsInt({ message: 'leaverGraceDays must be a whole number of days' })
  @Min(0)
  @Max(3650)
  leaverGraceDays?: number;
}
