import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../common/transforms';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { stackedDecorators } from '../../common/stacked-decorators';

const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
const quarterProperty = { example: '2026-Q4', pattern: '^\\d{4}-Q[1-4]$', description: 'A calendar quarter in the company time zone.' };

export class BudgetDto {
  @ApiProperty({ format: 'uuid' })
  holderId: string;

  @ApiProperty({ example: 'Marcus Bell' })
  holderName: string;

  @ApiProperty({ enum: ['manager', 'admin'] })
  holderRole: 'manager' | 'admin';

  @ApiProperty({ type: [String], example: ["Women's Apparel", 'Shoes'], description: 'Departments the holder manages.' })
  departments: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Ids of the departments the holder manages (the people they may reward; admins may reward anyone).',
  })
  departmentIds: string[];

  @ApiProperty(quarterProperty)
  quarter: string;

  @ApiProperty({ format: 'date' })
  quarterStart: string;

  @ApiProperty({ format: 'date' })
  quarterEnd: string;

  @ApiProperty({ description: 'Points allotted for the quarter, top-ups included (0 when none was set).' })
  points: number;

  @ApiProperty({ description: 'Points given in rewards this quarter, less revoked ones.' })
  spent: number;

  @ApiProperty()
  remaining: number;
}

export class BudgetQuarterQueryDto {
  @ApiPropertyOptional({ ...quarterProperty, description: 'Default: the current quarter.' })
  @IsOptionalNonNull()
  @IsString()
  @Matches(QUARTER_PATTERN, { message: 'quarter must be written like 2026-Q4' })
  quarter?: string;
}

/** Which budget a change is for: the holder's, in one quarter. */
class BudgetOfQuarterDto {
  @ApiProperty({ format: 'uuid', description: 'A current manager or admin.' })
  @IsCanonicalUuid('all', { message: 'holderId must be a UUID' })
  holderId: string;

  @ApiProperty(quarterProperty)
  @IsString()
  @Matches(QUARTER_PATTERN, { message: 'quarter must be written like 2026-Q4' })
  quarter: string;
}

/** A budget change's points: a whole number from `minimum` to 1,000,000. */
const BudgetPointsField = (minimum: number, description: string) =>
  stackedDecorators(
    ApiProperty({ minimum, maximum: 1_000_000, description }),
    IsInt({ message: 'points must be a whole number' }),
    Min(minimum),
    Max(1_000_000),
  );

export class SetBudgetDto extends BudgetOfQuarterDto {
  @BudgetPointsField(0, 'The whole allotment; it cannot go below what is already spent.')
  points: number;
}

export class TopUpBudgetDto extends BudgetOfQuarterDto {
  @BudgetPointsField(1, 'Points to add.')
  points: number;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the audit log).' })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}
