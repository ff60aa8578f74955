import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class PasswordController {
  constructor(private readonly auth: AuthService) {}

  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your password (current and new); every other sign-in of yours ends, this one stays',
    description:
      'A wrong current password is 400 naming currentPassword and counts as a failed sign-in (throttled the same way); a weak new password is 400 naming newPassword with the reason.',
  })
  @ApiNoContentResponse({ description: 'Password changed.' })
  @ApiProblems(400, 401, 429)
  change(@CurrentUser() me: CurrentEmployee, @Body() dto: ChangePasswordDto, @Req() request: FastifyRequest): Promise<void> {
    return this.auth.changePassword(me, dto, request.ip);
  }
}
