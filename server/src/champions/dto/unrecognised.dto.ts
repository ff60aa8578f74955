import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryInteger } from '../../common/transforms';
import { IsInt, Max, Min } from 'class-validator';
import { StoryDepartmentDto } from '../../stories/dto/story.dto';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { QueryLimitField } from '../../common/query-limit.field';

export class UnrecognisedQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of your departments (default: all you manage; admins: the whole company).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ minimum: 7, maximum: 730, default: 90, description: 'The window, in days up to today.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'days must be a whole number' })
  @Min(7)
  @Max(730)
  days?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 3, description: 'Endorsements received in the window that count as a strong peer signal.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'minEndorsements must be a whole number' })
  @Min(1)
  @Max(100)
  minEndorsements?: number;

  @QueryLimitField(20)
  limit?: number;
}

export class EvidenceStoryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  endorsementCount: number;

  @ApiProperty({ format: 'date' })
  occurredOn: string;
}

export class CustomerComplimentEvidenceDto {
  @ApiProperty({ format: 'uuid', description: 'The story the compliment became (or was merged into).' })
  storyId: string;

  @ApiProperty()
  storyTitle: string;

  @ApiProperty({ format: 'date-time', description: 'When the customer sent it.' })
  receivedAt: string;
}

export class UnrecognisedChampionDto {
  @ApiProperty({ example: 1, description: 'Rank by customer compliments, then endorsements received, then stories as hero (dense).' })
  rank: number;

  @ApiProperty({ format: 'uuid' })
  employeeId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  jobTitle: string;

  @ApiProperty({ type: StoryDepartmentDto })
  department: StoryDepartmentDto;

  @ApiProperty({ description: 'Endorsements received in the window on stories where they are a hero.' })
  endorsementsReceived: number;

  @ApiProperty({ description: 'Stories told in the window where they are a hero.' })
  storiesAsHero: number;

  @ApiProperty({
    description:
      'Customer compliments sent in the window that a manager confirmed into a story from a customer (or merged into a story about them), the story still live.',
  })
  customerCompliments: number;

  @ApiProperty({ type: CustomerComplimentEvidenceDto, nullable: true, description: 'The latest of those; null when there is none.' })
  latestCustomerCompliment: CustomerComplimentEvidenceDto | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When a manager last rewarded them (before the window), or null if never.' })
  lastRewardedOn: string | null;

  @ApiProperty({ type: [EvidenceStoryDto], description: 'Their most endorsed stories in the window (up to 3).' })
  topStories: EvidenceStoryDto[];
}

export class UnrecognisedPersonDto {
  @ApiProperty({ format: 'uuid' })
  employeeId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'date' })
  hiredOn: string;

  @ApiProperty({ description: 'Hired within the last 90 days.' })
  newHire: boolean;
}

export class TeamRecognitionDto {
  @ApiProperty({ type: StoryDepartmentDto })
  department: StoryDepartmentDto;

  @ApiProperty({ description: 'Current employees.' })
  headcount: number;

  @ApiProperty({ description: 'Current employees who were a hero of a story or received a reward in the window.' })
  recognised: number;

  @ApiProperty()
  unrecognised: number;

  @ApiProperty({ description: 'Current employees hired within the last 90 days.' })
  newHires: number;

  @ApiProperty({ description: 'New hires with no recognition yet.' })
  newHiresUnrecognised: number;

  @ApiProperty({ type: [UnrecognisedPersonDto], description: 'Who has had no recognition in the window, by name (no scores).' })
  people: UnrecognisedPersonDto[];
}

export class UnrecognisedDto {
  @ApiProperty()
  days: number;

  @ApiProperty({ format: 'date' })
  since: string;

  @ApiProperty()
  minEndorsements: number;

  @ApiProperty({
    type: [UnrecognisedChampionDto],
    description: 'Thanked by customers or a strong peer signal, and no reward in the window: people with customer compliments first, then by peer signal.',
  })
  champions: UnrecognisedChampionDto[];

  @ApiProperty({ type: [TeamRecognitionDto], description: 'Per department: who has had no recognition at all in the window.' })
  teams: TeamRecognitionDto[];
}
