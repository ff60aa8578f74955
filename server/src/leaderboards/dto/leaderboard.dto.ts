import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { queryBoolean } from '../../common/transforms';
import { StoryDepartmentDto } from '../../stories/dto/story.dto';
import { LEADERBOARD_PERIODS, LeaderboardPeriod } from '../recognition-tally.entity';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { QueryLimitField } from '../../common/query-limit.field';

export const LEADERBOARD_METRICS = ['stories', 'endorsements', 'points', 'score'] as const;
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];

/** The combined score, stated once: the API docs and the SPA show this text. */
export const SCORE_FORMULA = 'score = 10 × stories as hero + 3 × endorsements received + reward points ÷ 10 (rounded down)';

export class LeaderboardQueryDto {
  @ApiPropertyOptional({
    enum: LEADERBOARD_PERIODS,
    enumName: 'LeaderboardPeriod',
    default: 'month',
    description: 'Calendar periods in the company time zone; weeks start on Monday.',
  })
  @IsOptionalNonNull()
  @IsIn(LEADERBOARD_PERIODS, { message: `period must be one of ${LEADERBOARD_PERIODS.join(', ')}` })
  period?: LeaderboardPeriod;

  @ApiPropertyOptional({ format: 'date', description: 'Any day in the period to show; default today (company time zone).' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One department (people currently in it); omit for the whole company.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({
    enum: LEADERBOARD_METRICS,
    enumName: 'LeaderboardMetric',
    default: 'score',
    description: `stories: stories told where the person is a hero; endorsements: endorsements received on those stories; points: reward points received; ${SCORE_FORMULA}.`,
  })
  @IsOptionalNonNull()
  @IsIn(LEADERBOARD_METRICS, { message: `metric must be one of ${LEADERBOARD_METRICS.join(', ')}` })
  metric?: LeaderboardMetric;

  @ApiPropertyOptional({ description: 'Also rank people who have left (default: current employees only).' })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'includeLeavers must be true or false' })
  includeLeavers?: boolean;

  @QueryLimitField(20)
  limit?: number;
}

export class LeaderboardEntryDto {
  @ApiProperty({ example: 1, description: 'Dense rank: equal values share a rank and the next value gets the next rank.' })
  rank: number;

  @ApiProperty({ format: 'uuid' })
  employeeId: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;

  @ApiProperty({ type: StoryDepartmentDto, description: 'The person’s current department.' })
  department: StoryDepartmentDto;

  @ApiProperty({ description: 'The value of the chosen metric.' })
  value: number;

  @ApiProperty()
  storiesAsHero: number;

  @ApiProperty()
  endorsementsReceived: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null for other people while the company keeps points private.' })
  pointsReceived: number | null;

  @ApiProperty({ description: SCORE_FORMULA })
  score: number;
}

export class LeaderboardDto {
  @ApiProperty({ enum: LEADERBOARD_PERIODS, enumName: 'LeaderboardPeriod' })
  period: LeaderboardPeriod;

  @ApiProperty({ format: 'date', description: 'First day of the period (1970-01-01 for all time).' })
  periodStart: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day of the period (null for all time).' })
  periodEnd: string | null;

  @ApiProperty({ enum: LEADERBOARD_METRICS, enumName: 'LeaderboardMetric' })
  metric: LeaderboardMetric;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  departmentId: string | null;

  @ApiProperty({ description: 'People with a value above zero in this period and scope.' })
  participants: number;

  @ApiProperty({ type: [LeaderboardEntryDto], description: 'The top of the board, best first; ties in rank by name.' })
  items: LeaderboardEntryDto[];

  @ApiProperty({
    type: LeaderboardEntryDto,
    nullable: true,
    description: 'The signed-in person’s own entry, whether or not it is in the top (null without activity).',
  })
  me: LeaderboardEntryDto | null;

  @ApiProperty({ description: 'Whether you may rank by and see reward points (the company made them public, or you are an admin).' })
  pointsPublic: boolean;

  @ApiProperty({ example: SCORE_FORMULA })
  scoreFormula: string;

  @ApiProperty({ example: 'UTC', description: 'The company time zone that decides period boundaries.' })
  timeZone: string;
}
