import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** What every report over a period starts with: its first and last calendar day and the time zone they are days in. */
export class ReportPeriodDto {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty()
  timeZone: string;
}

/** What a report as of one day starts with: that calendar day and the time zone it is a day in. */
export class ReportAsOfDto {
  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty()
  timeZone: string;
}

/** A report's figures for one department: the figures of `Figures`, then the department's id and name. */
export const DepartmentFigures = <T extends Type<object>>(Figures: T) => {
  class DepartmentFiguresDto extends Figures {
    @ApiProperty({ format: 'uuid' })
    departmentId: string;

    @ApiProperty()
    departmentName: string;
  }
  return DepartmentFiguresDto;
};
