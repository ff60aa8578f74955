import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { BADGE_ICONS, BadgeIcon } from '../badge.entity';

const ICON_MESSAGE = `icon must be one of ${BADGE_ICONS.join(', ')}`;

/** A badge as a reward shows it. */
export class BadgeRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Calm in the storm' })
  name: string;

  @ApiProperty({ enum: BADGE_ICONS, enumName: 'BadgeIcon' })
  icon: BadgeIcon;
}

export class BadgeDto extends BadgeRefDto {
  @ApiProperty({ example: 'Kept a customer and the team steady when everything went wrong.' })
  description: string;

  @ApiProperty({ description: 'Retired badges stay on the rewards that gave them but cannot be given again.' })
  retired: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CreateBadgeDto {
  @ApiProperty({ maxLength: 60, example: 'Above and beyond' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name must say what the badge is called' })
  @MaxLength(60, { message: 'name must be at most 60 characters' })
  name: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(200, { message: 'description must be at most 200 characters' })
  description?: string;

  @ApiProperty({ enum: BADGE_ICONS, enumName: 'BadgeIcon' })
  @IsIn(BADGE_ICONS, { message: ICON_MESSAGE })
  icon: BadgeIcon;
}

export class UpdateBadgeDto {
  @ApiPropertyOptional({ maxLength: 60 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name must say what the badge is called' })
  @MaxLength(60, { message: 'name must be at most 60 characters' })
  name?: string;

  @ApiPropertyOptional({ maxLength: 200, type: String, nullable: true, description: 'null (or an empty string) clears it.' })
  @IsNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(200, { message: 'description must be at most 200 characters' })
  description?: string | null;

  @ApiPropertyOptional({ enum: BADGE_ICONS, enumName: 'BadgeIcon' })
  @IsOptionalNonNull()
  @IsIn(BADGE_ICONS, { message: ICON_MESSAGE })
  icon?: BadgeIcon;

  @ApiPropertyOptional({ description: 'true retires the badge, false brings it back.' })
  @IsOptionalNonNull()
  @IsBoolean()
  retired?: boolean;
}

export class ListBadgesQueryDto {
  @ApiPropertyOptional({ description: 'Include retired badges (admins only; ignored for everyone else).', default: false })
  @IsOptionalNonNull()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeRetired?: boolean;
}
