import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { Public } from '../common/auth.decorators';
import { DeviceCookie } from './device-cookie';
import { RefreshCookie } from './refresh-cookie';
import { bearerToken } from './auth.guard';
import { AuthService } from './auth.service';
import { SameSiteOnlyGuard } from './same-site-only.guard';
import { LoginDto, SessionDto } from './dto/login.dto';

@ApiTags('auth')
// Every route here acts on the refresh or device cookie: none may be triggered from another site's page.
@UseGuards(SameSiteOnlyGuard)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
    private readonly device: DeviceCookie,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; sets the refresh-token cookie' })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 403, 429)
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    const { session, refreshToken } = await this.auth.login(dto, request.ip, (employeeId) => this.device.trustedDeviceFor(request, employeeId));
    this.cookie.set(reply, refreshToken);
    this.device.remember(request, reply, session.employee.id);
    return session;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth('refresh-cookie')
  @ApiOperation({ summary: 'Trade the refresh-token cookie for a new access token; the cookie rotates. Reusing an old one ends the sign-in.' })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(401, 403)
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    try {
      const { session, refreshToken } = await this.auth.refresh(this.cookie.read(request));
      this.cookie.set(reply, refreshToken);
      return session;
    } catch (error) {
      this.cookie.clear(reply);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this sign-in (the refresh cookie and the access token stop working)' })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiProblems(403)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(this.cookie.read(request), bearerToken(request));
    this.cookie.clear(reply);
  }
}
