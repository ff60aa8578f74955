import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email', description: 'The request field at fault (dotted path for nested fields).' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

/** RFC 9457 problem details: the one shape of every error response. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:heroics:problem:validation-failed' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'The request has 1 invalid field.' })
  detail: string;

  @ApiPropertyOptional({ example: '/api/employees' })
  instance?: string;

  @ApiPropertyOptional({ example: 'validation_failed', description: 'A stable machine-readable code.' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
