import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryInteger } from '../../common/transforms';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { StoryDepartmentDto, StoryDto } from '../../stories/dto/story.dto';
import { STORY_CHANNELS, StoryChannel } from '../../stories/story.entity';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';

export const FEED_SCOPES = ['company', 'department', 'person', 'mine'] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];
export const MAX_FEED_PAGE = 50;

export class FeedQueryDto {
  @ApiPropertyOptional({
    enum: FEED_SCOPES,
    default: 'company',
    description: 'department needs departmentId; person needs employeeId (stories where they are a hero); mine is what I told.',
  })
  @IsOptionalNonNull()
  @IsIn(FEED_SCOPES, { message: `scope must be one of ${FEED_SCOPES.join(', ')}` })
  scope?: FeedScope;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'employeeId must be a UUID' })
  employeeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only stories tagged with this company value.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'valueId must be a UUID' })
  valueId?: string;

  @ApiPropertyOptional({ enum: STORY_CHANNELS, enumName: 'StoryChannel' })
  @IsOptionalNonNull()
  @IsIn(STORY_CHANNELS, { message: `channel must be one of ${STORY_CHANNELS.join(', ')}` })
  channel?: StoryChannel;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only stories with this hero.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'heroId must be a UUID' })
  heroId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Happened on or after this date.' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Happened on or before this date.' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Only featured stories.' })
  @IsOptionalNonNull()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'featured must be true or false' })
  featured?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_FEED_PAGE, default: 20 })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_FEED_PAGE)
  limit?: number;
}

export class AnniversaryDto {
  @ApiProperty({ format: 'uuid' })
  employeeId: string;

  @ApiProperty({ example: 'Grace Okafor' })
  name: string;

  @ApiProperty({ type: StoryDepartmentDto })
  department: StoryDepartmentDto;

  @ApiProperty({ example: 10 })
  years: number;

  @ApiProperty({ format: 'date' })
  date: string;
}

export class FeedPageDto {
  @ApiProperty({ type: [StoryDto] })
  items: StoryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null at the end.' })
  nextCursor: string | null;

  @ApiProperty({ type: [AnniversaryDto], description: 'Work anniversaries (1, 3, 5, 10, 15… years) celebrated today in this scope; on the first page only.' })
  anniversaries: AnniversaryDto[];
}

export class HuddleQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only stories with a hero in this department.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 7, description: 'How many days back.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt()
  @Min(1)
  @Max(30)
  days?: number;
}
