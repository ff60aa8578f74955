import { ApiProperty } from '@nestjs/swagger';

/** The smallest public view of a person: enough to show and link a name. */
export class EmployeeRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;
}
