import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { OptionalTextField } from '../../common/optional-text.field';

export class CreateDepartmentDto {
  @ApiProperty({ example: 'Online Chat', maxLength: 80 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;
}

export class UpdateDepartmentDto {
  @OptionalTextField({ example: 'Online Chat & Messaging', maxLength: 80 })
  name?: string;

  @ApiProperty({
    required: false,
    type: [String],
    format: 'uuid',
    maxItems: 20,
    description: 'Replaces the managers of the department. Each must have the manager or admin role.',
  })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsCanonicalUuid('all', { each: true })
  managerIds?: string[];
}

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Online Chat' })
  name: string;

  @ApiProperty({ description: 'Employees of the department who have not left.', example: 12 })
  headcount: number;

  @ApiProperty({ type: [EmployeeRefDto] })
  managers: EmployeeRefDto[];
}
