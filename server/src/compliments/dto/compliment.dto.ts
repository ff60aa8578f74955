import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { STORY_CHANNELS, StoryChannel } from '../../stories/story.entity';
import { COMPLIMENT_ORIGINS, ComplimentOrigin, DISCARD_REASONS, DiscardReason } from '../customer-compliment.entity';

export class ThankYouLinkDto {
  @ApiProperty({ description: 'Whether the link is on; when off, the old link shows "no longer available".' })
  enabled: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The live link (for its QR code).' })
  id: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://heroics.example.com/thanks/4dG7pQ2mZ0rT9vX1bN5sKw' })
  url: string | null;

  @ApiProperty({ example: 'Ava C. · Returns', description: 'All the link reveals: first name, last initial and department.' })
  shownAs: string;
}

export class QrCodeQueryDto {
  @ApiProperty({ enum: ['svg', 'png'] })
  @IsIn(['svg', 'png'], { message: 'format must be svg or png' })
  format: 'svg' | 'png';
}

export class ComplimentPersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class ComplimentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: COMPLIMENT_ORIGINS, description: 'thank_you_page: written on a thank-you page; helpdesk: a good satisfaction rating from a helpdesk.' })
  origin: ComplimentOrigin;

  @ApiProperty({ type: String, nullable: true, description: 'The helpdesk ticket it was rated on; it goes on the story when confirmed.' })
  ticketUrl: string | null;

  @ApiProperty({ type: ComplimentPersonDto, nullable: true, description: 'Who was thanked; null for a department link.' })
  hero: ComplimentPersonDto | null;

  @ApiProperty({ type: ComplimentPersonDto })
  department: ComplimentPersonDto;

  @ApiProperty()
  whatHappened: string;

  @ApiProperty()
  howItEnded: string;

  @ApiProperty({ type: String, nullable: true })
  customerName: string | null;

  @ApiProperty({ description: 'The customer agreed to have their words quoted inside the company.' })
  consentToQuote: boolean;

  @ApiProperty({ description: 'The customer confirmed the compliment by the link emailed to them.' })
  emailConfirmed: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ComplimentInboxDto {
  @ApiProperty({ type: [ComplimentDto] })
  items: ComplimentDto[];
}

export class ConfirmComplimentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The hero, for a compliment that came through a department link.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'heroId must be a UUID' })
  heroId?: string;

  @ApiPropertyOptional({ enum: STORY_CHANNELS, enumName: 'StoryChannel', description: 'Default in_person.' })
  @IsOptionalNonNull()
  @IsIn(STORY_CHANNELS, { message: `channel must be one of ${STORY_CHANNELS.join(', ')}` })
  channel?: StoryChannel;
}

export class MergeComplimentDto {
  @ApiProperty({ format: 'uuid', description: 'A published story about the hero (one of their recent stories) the compliment is added to.' })
  @IsCanonicalUuid('all', { message: 'storyId must be a UUID' })
  storyId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The hero, for a compliment that came through a department link.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'heroId must be a UUID' })
  heroId?: string;
}

export class DiscardComplimentDto {
  @ApiProperty({ enum: DISCARD_REASONS, enumName: 'ComplimentDiscardReason' })
  @IsIn(DISCARD_REASONS, { message: `reason must be one of ${DISCARD_REASONS.join(', ')}` })
  reason: DiscardReason;
}

export class ConfirmedComplimentDto {
  @ApiProperty({ format: 'uuid', description: 'The hero story the compliment became (or was added to).' })
  storyId: string;
}

export class ConfirmedWordsDto {
  @ApiProperty({ format: 'uuid' })
  storyId: string;

  @ApiProperty()
  words: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class EmployeeComplimentsDto {
  @ApiProperty({ description: 'Compliments received from customers (not discarded).' })
  received: number;

  @ApiProperty({ type: [ConfirmedWordsDto], description: 'The customers’ words, once a manager confirmed them (and the customer agreed to be quoted).' })
  confirmed: ConfirmedWordsDto[];
}
