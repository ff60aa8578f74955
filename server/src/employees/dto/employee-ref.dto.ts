import { ApiProperty } from '@nestjs/swagger';

/** The smallest public view of a person: enough to show and link a name. */
export class EmployeeRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;
}

export class DepartmentRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Online Chat' })
  name: string;
}

/** A person with the department that matters where they are shown (now, or when something happened). */
export class EmployeeInDepartmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;

  @ApiProperty({ type: DepartmentRefDto })
  department: DepartmentRefDto;
}
