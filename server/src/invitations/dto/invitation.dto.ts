import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class InvitationLinkDto {
  @ApiProperty({ description: 'The one-time link to send to the employee.', example: 'http://localhost:3000/invite/3q2-7w...' })
  url: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class InvitationDto {
  @ApiProperty({ example: 'Priya Natarajan' })
  employeeName: string;

  @ApiProperty({ example: 'priya.natarajan@northwind.example' })
  email: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class AcceptInvitationDto {
  @ApiProperty({
    minLength: 12,
    maxLength: 200,
    format: 'password',
    description: 'At least 12 characters and hard to guess (checked with zxcvbn: a score of 3 of 4 or better; not built from your name or email).',
  })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters long' })
  @MaxLength(200)
  password: string;
}

export class BulkInvitationResultDto {
  @ApiProperty({ description: 'How many people were invited (each gets an email with their own link).', example: 3 })
  invited: number;
}
