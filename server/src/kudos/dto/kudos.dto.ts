import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { trim } from '../../common/transforms';
import { EmployeeInDepartmentDto, EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { KUDOS_MESSAGE_MAX } from '../kudos.policy';

export class GiveKudosDto {
  @ApiProperty({ format: 'uuid', description: 'A current employee other than yourself.' })
  @IsCanonicalUuid('all', { message: 'heroId must be a UUID' })
  heroId: string;

  @ApiProperty({ format: 'uuid', description: 'A company value that is not retired.' })
  @IsCanonicalUuid('all', { message: 'valueId must be a UUID' })
  valueId: string;

  @ApiProperty({ minLength: 1, maxLength: KUDOS_MESSAGE_MAX, example: 'Thanks for covering my chat queue over lunch!', description: 'Plain text, trimmed.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(KUDOS_MESSAGE_MAX)
  message: string;
}

export class ListKudosQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only kudos this person received.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'heroId must be a UUID' })
  heroId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only kudos this person gave.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'giverId must be a UUID' })
  giverId?: string;
}

export class KudosValueDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Own the outcome' })
  name: string;
}

export class KudosDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: EmployeeRefDto, description: 'Who gave the kudos.' })
  giver: EmployeeRefDto;

  @ApiProperty({ type: EmployeeInDepartmentDto, description: 'Who received them, with their department.' })
  hero: EmployeeInDepartmentDto;

  @ApiProperty({ type: KudosValueDto })
  value: KudosValueDto;

  @ApiProperty({ example: 'Thanks for covering my chat queue over lunch!' })
  message: string;

  @ApiProperty({ description: 'Whether the viewer may remove these kudos now (the giver shortly after, or a moderator).' })
  canDelete: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class KudosPageDto {
  @ApiProperty({ type: [KudosDto] })
  items: KudosDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
