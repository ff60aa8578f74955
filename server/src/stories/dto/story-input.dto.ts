import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { trim } from '../../common/transforms';
import { STORY_CHANNELS, StoryChannel } from '../story.entity';
import { IsCanonicalUuid, IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { OptionalTextField } from '../../common/optional-text.field';

const storyText = (field: string) => ({ description: `${field} (limited Markdown, at most 2,000 characters).`, maxLength: 2000 });

export class CreateStoryDto {
  @ApiProperty({ maxLength: 120, example: 'Found the wedding suit a day before the wedding' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  title: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 10, description: 'Current employees; the author may be one of them.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'heroIds must name at least one hero' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'heroIds must not repeat a hero' })
  @IsCanonicalUuid('all', { each: true, message: 'each hero id must be a UUID' })
  heroIds: string[];

  @ApiProperty(storyText('What the customer needed'))
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  situation: string;

  @ApiProperty(storyText('What the hero did'))
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  action: string;

  @ApiProperty(storyText('How it ended for the customer'))
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  impact: string;

  @ApiProperty({ format: 'date', description: 'Not in the future, not before any hero was hired.' })
  @IsCalendarDate()
  occurredOn: string;

  @ApiProperty({ enum: STORY_CHANNELS, enumName: 'StoryChannel' })
  @IsIn(STORY_CHANNELS, { message: `channel must be one of ${STORY_CHANNELS.join(', ')}` })
  channel: StoryChannel;

  @ApiProperty({ description: 'The customer was helped without being handed to someone else.' })
  @IsBoolean()
  resolvedWithoutHandoff: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  customerQuote?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 5 })
  @IsArray()
  @ArrayMinSize(1, { message: 'valueIds must name at least one company value' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsCanonicalUuid('all', { each: true, message: 'each value id must be a UUID' })
  valueIds: string[];
}

export class UpdateStoryDto {
  @ApiProperty({ description: 'The version the edit is based on.' })
  @IsInt()
  @Min(1)
  version: number;

  @OptionalTextField({ maxLength: 120 })
  title?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', minItems: 1, maxItems: 10 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'heroIds must name at least one hero' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'heroIds must not repeat a hero' })
  @IsCanonicalUuid('all', { each: true, message: 'each hero id must be a UUID' })
  heroIds?: string[];

  @OptionalTextField(storyText('What the customer needed'))
  situation?: string;

  @OptionalTextField(storyText('What the hero did'))
  action?: string;

  @OptionalTextField(storyText('How it ended for the customer'))
  impact?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  occurredOn?: string;

  @ApiPropertyOptional({ enum: STORY_CHANNELS, enumName: 'StoryChannel' })
  @IsOptionalNonNull()
  @IsIn(STORY_CHANNELS, { message: `channel must be one of ${STORY_CHANNELS.join(', ')}` })
  channel?: StoryChannel;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  resolvedWithoutHandoff?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, description: 'null removes the quote.' })
  @IsNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  customerQuote?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', minItems: 1, maxItems: 5 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'valueIds must name at least one company value' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsCanonicalUuid('all', { each: true, message: 'each value id must be a UUID' })
  valueIds?: string[];
}

export class HideStoryDto {
  @ApiProperty({ maxLength: 500, example: 'Names a customer; please retell it without their name.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason must say why the story is hidden' })
  @MaxLength(500)
  reason: string;
}

export class RecognitionSummaryDto {
  @ApiProperty({ description: 'Published stories where the person is a hero.' })
  storiesAsHero: number;

  @ApiProperty({ description: 'Endorsements on those stories.' })
  endorsementsReceived: number;

  @ApiProperty({ description: 'Published stories the person told.' })
  storiesTold: number;

  @ApiProperty({ description: 'Endorsements the person gave.' })
  endorsementsGiven: number;

  @ApiProperty({ description: 'Quick kudos the person received (counted apart from stories: a kudos is not a story).' })
  kudosReceived: number;
}
