import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { normaliseEmail } from '../../common/transforms';
import { EMPLOYEE_ROLES, EmployeeRole } from '../../employees/employee.entity';

export class LoginDto {
  @ApiProperty({ example: 'staff@northwind.example' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'heroics-demo', format: 'password' })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password: string;
}

export class SessionEmployeeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;

  @ApiProperty({ enum: EMPLOYEE_ROLES, enumName: 'EmployeeRole' })
  role: EmployeeRole;
}

/** What sign-in and refresh return; the refresh token itself travels only in the http-only cookie. */
export class SessionDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>".' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 })
  expiresIn: number;

  @ApiProperty({ type: SessionEmployeeDto })
  employee: SessionEmployeeDto;
}
