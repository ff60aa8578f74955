import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class RequestPasswordResetDto {
  @ApiProperty({ format: 'email', example: 'staff@larkspur.example' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetRequestedDto {
  @ApiProperty({ example: 'If that address belongs to an account, a reset link is on its way. It works once, for 30 minutes.' })
  message: string;
}

export class CompletePasswordResetDto {
  @ApiProperty({ description: 'The token from the reset link.', minLength: 43, maxLength: 43 })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not a reset token' })
  token: string;

  @ApiProperty({ minLength: 12, maxLength: 200, format: 'password', description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters long' })
  @MaxLength(200)
  password: string;
}
