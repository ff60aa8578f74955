import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryInteger } from '../../common/transforms';
import { IsInt, Max, Min } from 'class-validator';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { StoryDto } from '../../stories/dto/story.dto';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';

export class ReviewQueueQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of your departments (default: all you manage; admins: the whole company).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 30, description: 'Stories told in the last this many days.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'days must be a whole number' })
  @Min(1)
  @Max(365)
  days?: number;
}

export class ReviewQueueItemDto {
  @ApiProperty({ type: StoryDto })
  story: StoryDto;

  @ApiProperty({ description: 'Endorsed by at least `threshold` colleagues: their peers nominate it for a reward.' })
  nominatedByPeers: boolean;
}

export class ReviewQueueDto {
  @ApiProperty({ type: [ReviewQueueItemDto], description: 'Unrewarded stories, most endorsed first (peer-nominated ones therefore lead), then newest.' })
  items: ReviewQueueItemDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;

  @ApiProperty({ example: 5, description: 'Endorsements that make a story nominated by peers (PEER_NOMINATION_THRESHOLD).' })
  threshold: number;
}
