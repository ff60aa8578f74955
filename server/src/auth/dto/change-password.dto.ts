import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: 200, description: 'The password you sign in with now.' })
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 200,
    description: 'At least 12 characters and hard to guess (checked with zxcvbn: a score of 3 of 4 or better; not built from your name or email).',
  })
  @IsString()
  @MinLength(12, { message: 'newPassword must be at least 12 characters long' })
  @MaxLength(200)
  newPassword: string;
}
