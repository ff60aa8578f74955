import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { IsCalendarDate } from '../../common/calendar';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { trim } from '../../common/transforms';
import { EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { CATALOGUE_CATEGORIES, CatalogueCategory } from '../../catalogue/catalogue-item.entity';
import { REDEMPTION_STATUSES, RedemptionStatus } from '../redemption.entity';
import type { RedemptionRow } from '../redemptions.repository';

export class RedeemItemDto {
  @ApiProperty({ format: 'uuid', description: 'A live catalogue item your department may see.' })
  @IsCanonicalUuid('all', { message: 'itemId must be a UUID' })
  itemId: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'For charity donations: one of the item’s charities.' })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'charity must not be empty' })
  @MaxLength(120)
  charity?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'A note for whoever fulfils it (a size, a date for time off).' })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class CustomRedemptionDto {
  @ApiProperty({ minLength: 3, maxLength: 1000, example: 'A day at the pottery workshop my team talks about' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'description needs at least 3 characters' })
  @MaxLength(1000)
  description: string;

  @ApiProperty({ minimum: 1, maximum: 1_000_000, description: 'The points you offer; a whole number above zero. They are held until an admin decides.' })
  @IsInt({ message: 'cost must be a whole number of points' })
  @Min(1, { message: 'cost must be at least 1 point' })
  @Max(1_000_000)
  cost: number;
}

export class FulfilRedemptionDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'A gift-card code or the like: stored encrypted, shown once to the person.' })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'code must not be empty' })
  @MaxLength(200)
  code?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'A note the person sees (how to collect it, when the day off is booked).' })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class DeclineRedemptionDto {
  @ApiProperty({ minLength: 3, maxLength: 1000, description: 'Why; the person sees it, and the points return at once.' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'reason needs at least 3 characters' })
  @MaxLength(1000)
  reason: string;
}

export class ListRedemptionsQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ enum: REDEMPTION_STATUSES, enumName: 'RedemptionStatus' })
  @IsOptionalNonNull()
  @IsIn(REDEMPTION_STATUSES, { message: `status must be one of ${REDEMPTION_STATUSES.join(', ')}` })
  status?: RedemptionStatus;
}

export class RedemptionExportQueryDto {
  @ApiProperty({ format: 'date', description: 'First day (company time zone), inclusive.' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day, inclusive.' })
  @IsCalendarDate()
  to: string;
}

export class RedemptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: EmployeeRefDto })
  employee: EmployeeRefDto;

  @ApiProperty({ example: 'Shoes' })
  departmentName: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a custom reward.' })
  itemId: string | null;

  @ApiProperty({ example: 'Bookshop gift card, 25 €' })
  title: string;

  @ApiProperty({ enum: CATALOGUE_CATEGORIES, enumName: 'CatalogueCategory' })
  category: CatalogueCategory;

  @ApiProperty({ example: 500 })
  cost: number;

  @ApiProperty({ type: String, nullable: true })
  charity: string | null;

  @ApiProperty({ description: 'What the person wrote: the custom reward proposed, or a note.' })
  request: string;

  @ApiProperty({ enum: REDEMPTION_STATUSES, enumName: 'RedemptionStatus' })
  status: RedemptionStatus;

  @ApiProperty({ type: String, nullable: true, description: 'The fulfiller’s note, or the reason for a decline.' })
  note: string | null;

  @ApiProperty({ description: 'A code comes with it (revealed once to the person with POST …/code).' })
  hasCode: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  codeRevealedAt: string | null;

  @ApiProperty({ type: EmployeeRefDto, nullable: true })
  decidedBy: EmployeeRefDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The gift reward this fulfils (a manager gave the item); null when the person redeemed their own points.',
  })
  rewardId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class RedeemedDto {
  @ApiProperty({ type: RedemptionDto })
  redemption: RedemptionDto;

  @ApiProperty({ example: 250, description: 'Your balance after this redemption.' })
  balance: number;
}

export class RedemptionPageDto {
  @ApiProperty({ type: [RedemptionDto] })
  items: RedemptionDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class RedemptionCodeDto {
  @ApiProperty({ example: 'GIFT-7Q4M-PX2K', description: 'Shown this once; later requests answer 410.' })
  code: string;
}

export function toRedemptionDto(row: RedemptionRow): RedemptionDto {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: row.id,
    employee: { id: row.employeeId, name: row.employeeName },
    departmentName: row.departmentName,
    itemId: row.itemId,
    title: row.title,
    category: row.category,
    cost: row.cost,
    charity: row.charity,
    request: row.request,
    status: row.status,
    note: row.note,
    hasCode: row.hasCode,
    codeRevealedAt: iso(row.codeRevealedAt),
    decidedBy: row.decidedById ? { id: row.decidedById, name: row.decidedByName ?? '' } : null,
    decidedAt: iso(row.decidedAt),
    rewardId: row.rewardId,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
