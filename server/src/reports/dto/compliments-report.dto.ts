import { ApiProperty } from '@nestjs/swagger';
import { DepartmentFigures, ReportPeriodDto } from './report-shapes.dto';

export class ComplimentFiguresDto {
  @ApiProperty({ description: 'Customer compliments received in the period (by the day the customer sent them), not discarded.' })
  received: number;

  @ApiProperty({ description: 'Of those, confirmed by a manager into a story from a customer, or merged into a story about the hero.' })
  becameStories: number;

  @ApiProperty({ description: 'Of those received, how many customers confirmed their email address.' })
  emailConfirmed: number;

  @ApiProperty({ type: Number, nullable: true, description: 'emailConfirmed ÷ received. Four decimals; null when dividing by zero.', example: 0.5 })
  emailConfirmedShare: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Median hours from the compliment being sent to a manager making it a story, over those that became stories (mean of the two middle values for an even count); one decimal; null when none did.',
  })
  medianHoursToStory: number | null;
}

export class MonthlyComplimentFiguresDto extends ComplimentFiguresDto {
  @ApiProperty({ example: '2026-03' })
  month: string;
}

export class DepartmentComplimentFiguresDto extends DepartmentFigures(ComplimentFiguresDto) {
  @ApiProperty({ type: [MonthlyComplimentFiguresDto], description: 'Every month of the period, months without compliments included.' })
  monthly: MonthlyComplimentFiguresDto[];
}

export class PersonComplimentFiguresDto extends ComplimentFiguresDto {
  @ApiProperty({ format: 'uuid' })
  employeeId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'uuid', description: 'The department the compliment came through (its thank-you link).' })
  departmentId: string;

  @ApiProperty()
  departmentName: string;
}

export class CustomerComplimentsReportDto extends ReportPeriodDto {
  @ApiProperty({ type: ComplimentFiguresDto })
  total: ComplimentFiguresDto;

  @ApiProperty({ type: [MonthlyComplimentFiguresDto] })
  monthly: MonthlyComplimentFiguresDto[];

  @ApiProperty({ type: [DepartmentComplimentFiguresDto] })
  departments: DepartmentComplimentFiguresDto[];

  @ApiProperty({
    type: [PersonComplimentFiguresDto],
    description:
      'Per person who received a compliment in the period, most compliments first. A compliment sent to a whole team that no manager has given a hero yet counts only for its department.',
  })
  people: PersonComplimentFiguresDto[];
}
