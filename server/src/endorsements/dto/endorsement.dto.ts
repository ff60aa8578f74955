import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { trim } from '../../common/transforms';
import { EmployeeInDepartmentDto } from '../../employees/dto/employee-ref.dto';
import { IsOptionalNonNull } from '../../common/field-decorators';

export class EndorseStoryDto {
  @ApiPropertyOptional({
    maxLength: 500,
    example: 'She stayed on the line until the parcel was found. Legend.',
    description: 'Kept for older clients: adds a comment of its own to the story (POST /stories/{id}/comments is the way now). Withdrawing keeps it.',
  })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class EndorsementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: EmployeeInDepartmentDto, description: 'Who endorsed, with their department.' })
  endorser: EmployeeInDepartmentDto;

  @ApiProperty({ type: String, nullable: true, deprecated: true, description: "The endorser's latest comment on the story; read the comments instead." })
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

export class ListEndorsementsQueryDto extends CursorPageQueryDto {}
