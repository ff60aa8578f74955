import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { Public } from '../common/auth.decorators';
import { CompletePasswordResetDto, PasswordResetRequestedDto, RequestPasswordResetDto } from './dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('password-resets')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Forgot password: email a single-use reset link; the answer is the same whether or not the address has an account' })
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto })
  @ApiProblems(400, 429)
  request(@Body() dto: RequestPasswordResetDto, @Req() request: FastifyRequest): Promise<PasswordResetRequestedDto> {
    return this.resets.request(dto.email, request.ip);
  }

  @Post('complete')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a new password with the token from a reset link; the link is used up and every session ends' })
  @ApiNoContentResponse({ description: 'Password changed; sign in with it.' })
  @ApiProblems(400, 410)
  complete(@Body() dto: CompletePasswordResetDto): Promise<void> {
    return this.resets.complete(dto);
  }
}
