import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CurrentEmployee } from '../../common/current-employee';
import { EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { CHAMPION_PERIODS, ChampionPeriod } from '../../rewards/reward.entity';
import { canModerateStory, EDIT_WINDOW_DAYS, mayFeature, withinEditWindow } from '../stories.policy';
import { STORY_CHANNELS, STORY_STATUSES, StoryChannel, StoryStatus } from '../story.entity';

export class StoryDepartmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Online Chat' })
  name: string;
}

/** A champion title held in the last twelve months, shown as a badge beside a hero's name. */
export class ChampionBadgeDto {
  @ApiProperty({ enum: CHAMPION_PERIODS, enumName: 'ChampionPeriod' })
  period: ChampionPeriod;

  @ApiProperty({ format: 'date', description: 'First day of the month or quarter.' })
  periodStart: string;

  @ApiProperty({ type: StoryDepartmentDto })
  department: StoryDepartmentDto;
}

export class StoryHeroDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;

  @ApiProperty({ type: StoryDepartmentDto, description: 'The department the hero was in when the story was told.' })
  department: StoryDepartmentDto;

  @ApiProperty({ type: ChampionBadgeDto, nullable: true, description: 'Their latest champion title of the last twelve months.' })
  champion: ChampionBadgeDto | null;
}

export class StoryValueRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ownership' })
  name: string;
}

/** A hero story as a card or a page shows it. Text fields are limited Markdown: render them safely, never as HTML. */
export class StoryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Found the wedding suit a day before the wedding' })
  title: string;

  @ApiProperty({ description: 'What the customer needed (limited Markdown).' })
  situation: string;

  @ApiProperty({ description: 'What the hero did (limited Markdown).' })
  action: string;

  @ApiProperty({ description: 'How it ended for the customer (limited Markdown).' })
  impact: string;

  @ApiProperty({ format: 'date' })
  occurredOn: string;

  @ApiProperty({ enum: STORY_CHANNELS, enumName: 'StoryChannel' })
  channel: StoryChannel;

  @ApiProperty({ description: 'First-contact resolution: helped without a hand-off.' })
  resolvedWithoutHandoff: boolean;

  @ApiProperty({ type: String, nullable: true })
  customerQuote: string | null;

  @ApiProperty({ description: 'Told by a customer on a thank-you page and confirmed by a manager: the card says "from a customer".' })
  fromCustomer: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'The helpdesk ticket the story came from (an http(s) link); the card shows it as "Ticket".' })
  ticketUrl: string | null;

  @ApiProperty({ description: 'A manager added a customer compliment to this story: the card says "Praised by a customer".' })
  praisedByCustomer: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'The words of the latest such compliment, when the customer agreed to be quoted.' })
  customerPraise: string | null;

  @ApiProperty({ type: EmployeeRefDto })
  author: EmployeeRefDto;

  @ApiProperty({ type: [StoryHeroDto] })
  heroes: StoryHeroDto[];

  @ApiProperty({ type: [StoryValueRefDto] })
  values: StoryValueRefDto[];

  @ApiProperty({ example: 4 })
  endorsementCount: number;

  @ApiProperty({ example: 2, description: 'Comments and replies on the story.' })
  commentCount: number;

  @ApiProperty({ description: 'Whether the signed-in person endorsed it.' })
  endorsedByMe: boolean;

  @ApiProperty({ enum: STORY_STATUSES, enumName: 'StoryStatus' })
  status: StoryStatus;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why a moderator hid it; only for the author and moderators.' })
  hiddenReason?: string | null;

  @ApiProperty({ description: 'A manager featured it.' })
  featured: boolean;

  @ApiProperty({ description: 'A manager rewarded a hero for it.' })
  rewarded: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  editedAt: string | null;

  @ApiProperty({ description: 'Send it back with an edit; a stale version gets 409.' })
  version: number;

  @ApiProperty({ description: `The author may still edit it (within ${EDIT_WINDOW_DAYS} days).` })
  canEdit: boolean;

  @ApiProperty({ description: 'The signed-in person may hide or feature it.' })
  canModerate: boolean;

  @ApiProperty({ description: 'The signed-in person may feature it (a moderator who is not one of its heroes).' })
  canFeature: boolean;
}

export interface StoryRow {
  id: string;
  title: string;
  situation: string;
  action: string;
  impact: string;
  occurredOn: string;
  channel: StoryChannel;
  resolvedWithoutHandoff: boolean;
  customerQuote: string | null;
  fromCustomer: boolean;
  ticketUrl: string | null;
  praisedByCustomer: boolean;
  customerPraise: string | null;
  status: StoryStatus;
  hiddenReason: string | null;
  featuredAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
  deletedAt: Date | null;
  version: number;
  endorsementCount: number;
  commentCount: number;
  author: EmployeeRefDto;
  heroes: StoryHeroDto[];
  values: StoryValueRefDto[];
  endorsedByMe: boolean;
  rewarded: boolean;
}

export function toStoryDto(row: StoryRow, viewer: CurrentEmployee, now = new Date()): StoryDto {
  const isAuthor = row.author.id === viewer.id;
  const canModerate = canModerateStory(viewer, row);
  const dto: StoryDto = {
    id: row.id,
    title: row.title,
    situation: row.situation,
    action: row.action,
    impact: row.impact,
    occurredOn: row.occurredOn,
    channel: row.channel,
    resolvedWithoutHandoff: row.resolvedWithoutHandoff,
    customerQuote: row.customerQuote,
    fromCustomer: row.fromCustomer,
    ticketUrl: row.ticketUrl,
    praisedByCustomer: row.praisedByCustomer,
    customerPraise: row.customerPraise,
    author: row.author,
    heroes: row.heroes,
    values: row.values,
    endorsementCount: row.endorsementCount,
    endorsedByMe: row.endorsedByMe,
    status: row.status,
    featured: row.featuredAt !== null,
    rewarded: row.rewarded,
    commentCount: row.commentCount,
    createdAt: new Date(row.createdAt).toISOString(),
    editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
    version: row.version,
    canEdit: isAuthor && !row.deletedAt && withinEditWindow(new Date(row.createdAt), now),
    canModerate,
    canFeature: mayFeature(viewer, row),
  };
  if (isAuthor || canModerate) dto.hiddenReason = row.hiddenReason;
  return dto;
}
