import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryInteger } from '../../common/transforms';
import { IsInt, Max, Min } from 'class-validator';
import { EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { StoryDepartmentDto } from '../../stories/dto/story.dto';
import { IsOptionalNonNull } from '../../common/field-decorators';

export class FairnessQueryDto {
  @ApiPropertyOptional({ minimum: 7, maximum: 1095, default: 365, description: 'Endorsements given in the last this many days.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'days must be a whole number' })
  @Min(7)
  @Max(1095)
  days?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 2, description: 'Endorsements each way before a pair counts as reciprocal.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'minEach must be a whole number' })
  @Min(1)
  @Max(50)
  minEach?: number;
}

export class ConcentrationDto {
  @ApiProperty({ type: StoryDepartmentDto, nullable: true, description: 'Null for the whole company.' })
  department: StoryDepartmentDto | null;

  @ApiProperty({ description: 'Current employees.' })
  people: number;

  @ApiProperty({ description: 'Current employees who received at least one endorsement.' })
  recipients: number;

  @ApiProperty({ description: 'Endorsements received by current employees in the window.' })
  endorsements: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of endorsements held by the top 10% of recipients (ceil(0.1 × recipients) people); 0–1.' })
  topTenPercentShare: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Gini coefficient of endorsements received across all current employees, zeros included: 0 = even, 1 = one person gets all.',
  })
  gini: number | null;
}

export class ReciprocalPairDto {
  @ApiProperty({ type: EmployeeRefDto })
  a: EmployeeRefDto;

  @ApiProperty({ type: EmployeeRefDto })
  b: EmployeeRefDto;

  @ApiProperty({ description: 'Endorsements a gave to stories where b is a hero.' })
  aToB: number;

  @ApiProperty()
  bToA: number;

  @ApiProperty({ description: '(aToB + bToA) ÷ all endorsements a and b gave in the window; 0–1.' })
  mutualShare: number;
}

export class FairnessDto {
  @ApiProperty()
  days: number;

  @ApiProperty({ type: ConcentrationDto })
  company: ConcentrationDto;

  @ApiProperty({ type: [ConcentrationDto] })
  departments: ConcentrationDto[];

  @ApiProperty({
    type: [ReciprocalPairDto],
    description: 'Pairs who endorse each other at least minEach times each way and for whom that is at least half of all they endorse, most mutual first.',
  })
  reciprocalPairs: ReciprocalPairDto[];
}
