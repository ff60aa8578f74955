import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../common/transforms';
import { StoryHeroDto } from '../../stories/dto/story.dto';

export class EndorseStoryDto {
  @ApiPropertyOptional({ maxLength: 500, example: 'She stayed on the line until the parcel was found. Legend.' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500)
  comment?: string;
}

export class EndorsementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: StoryHeroDto, description: 'Who endorsed, with their department.' })
  endorser: StoryHeroDto;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class EndorsementPageDto {
  @ApiProperty({ type: [EndorsementDto] })
  items: EndorsementDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class EndorsementStateDto {
  @ApiProperty({ description: "The story's endorsement count after the change." })
  endorsementCount: number;

  @ApiProperty()
  endorsedByMe: boolean;
}

export class ListEndorsementsQueryDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be a whole number' }) @Min(1) @Max(50)
  limit?: number;
}
