import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { OptionalTextField } from '../../common/optional-text.field';

export class CompanyValueDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ownership' })
  name: string;

  @ApiProperty({ example: 'Took the problem as their own until it was solved.' })
  description: string;

  @ApiProperty({ description: 'Retired values stay on old stories but cannot be chosen for new ones.' })
  retired: boolean;

  @ApiProperty({ description: 'Published stories tagged with this value.', example: 42 })
  storyCount: number;
}

export class CreateCompanyValueDto {
  @ApiProperty({ maxLength: 60, example: 'Went the extra mile' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name: string;

  @ApiPropertyOptional({ maxLength: 240 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(240)
  description?: string;
}

export class UpdateCompanyValueDto {
  @OptionalTextField({ maxLength: 60 })
  name?: string;

  @ApiPropertyOptional({ maxLength: 240, type: String, nullable: true, description: 'null (or an empty string) clears it.' })
  @IsNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(240)
  description?: string | null;

  @ApiPropertyOptional({ description: 'true retires the value, false brings it back.' })
  @IsOptionalNonNull()
  @IsBoolean()
  retired?: boolean;
}

export class ListCompanyValuesQueryDto {
  @ApiPropertyOptional({ description: 'Include retired values.', default: false })
  @IsOptionalNonNull()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeRetired?: boolean;
}
