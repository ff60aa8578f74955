import { Body, Controller, Get, HttpCode, Inject, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/auth.guard';
import { RefreshCookie } from '../auth/refresh-cookie';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  BackchannelLogoutDto,
  SsoCallbackQueryDto,
  SsoLoginQueryDto,
  SsoLogoutDto,
  SsoProviderDto,
  SsoSettingsPageDto,
  UpdateSsoSettingsDto,
} from './dto/sso-settings.dto';
import { SsoSignInRefused } from './sso.errors';
import { SsoService } from './sso.service';
import { SsoSettingsService } from './sso-settings.service';

const BINDING_COOKIE = 'heroics_sso';

@ApiTags('sso')
@Controller('sso')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly settings: SsoSettingsService,
    private readonly refreshCookie: RefreshCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('provider')
  @Public()
  @ApiOperation({ summary: 'Whether single sign-on is offered, and the name for the sign-in button' })
  @ApiOkResponse({ type: SsoProviderDto })
  provider(): Promise<SsoProviderDto> {
    return this.sso.provider();
  }

  @Get('login')
  @Public()
  @ApiOperation({ summary: 'Go to the identity provider to sign in (authorization code flow with PKCE); `returnTo` is where to land after' })
  @ApiFoundResponse({ description: "Redirect to the provider, or to the sign-in page with `sso_error` when single sign-on can't start." })
  @ApiProblems(400)
  async login(@Query() query: SsoLoginQueryDto, @Res() reply: FastifyReply): Promise<void> {
    try {
      const { url, browserBinding } = await this.sso.begin(query.returnTo);
      void reply.setCookie(BINDING_COOKIE, browserBinding, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: '/api/sso',
        maxAge: 600,
      });
      void reply.header('Cache-Control', 'no-store').redirect(url, 302);
    } catch (error) {
      const reason = error instanceof SsoSignInRefused ? error.reason : 'not_configured';
      void reply.redirect(`/sign-in?sso_error=${reason}`, 302);
    }
  }

  @Get('callback')
  @Public()
  @ApiOperation({ summary: "The provider's redirect back: validates the ID token, signs the person in and lands them on the page they asked for" })
  @ApiFoundResponse({ description: 'Redirect to the page asked for (refresh cookie set), or to the sign-in page with `sso_error` naming why not.' })
  @ApiProblems(400)
  async callback(@Query() query: SsoCallbackQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const binding = request.cookies?.[BINDING_COOKIE];
    void reply.clearCookie(BINDING_COOKIE, { path: '/api/sso' }).header('Cache-Control', 'no-store');
    try {
      const { refreshToken, returnTo } = await this.sso.complete(query, binding);
      this.refreshCookie.set(reply, refreshToken);
      void reply.redirect(returnTo, 302);
    } catch (error) {
      if (!(error instanceof SsoSignInRefused)) throw error;
      void reply.redirect(`/sign-in?sso_error=${error.reason}`, 302);
    }
  }

  @Post('backchannel-logout')
  @Public()
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Back-channel logout from the provider: every session of the person named in the logout token ends' })
  @ApiOkResponse({ description: 'Sessions ended (or the person had none).' })
  @ApiProblems(400, 404)
  async backchannelLogout(@Body() dto: BackchannelLogoutDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    void reply.header('Cache-Control', 'no-store');
    await this.sso.backchannelLogout(dto.logout_token);
  }

  @Post('logout')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "End this sign-in (like POST /api/auth/logout) and get the provider's sign-out address when it offers one (RP-initiated logout)" })
  @ApiOkResponse({ type: SsoLogoutDto })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SsoLogoutDto> {
    const providerLogoutUrl = await this.sso.logout(bearerToken(request), this.refreshCookie.read(request));
    this.refreshCookie.clear(reply);
    return { providerLogoutUrl };
  }

  @Get('settings')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The single sign-on settings (admin); the client secret is never returned' })
  @ApiOkResponse({ type: SsoSettingsPageDto })
  @ApiProblems(401, 403)
  async getSettings(): Promise<SsoSettingsPageDto> {
    return { settings: await this.settings.forAdmin(), addresses: this.sso.addresses() };
  }

  @Put('settings')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Set up single sign-on (admin). The issuer's discovery document is read before saving; the secret is stored encrypted" })
  @ApiOkResponse({ type: SsoSettingsPageDto })
  @ApiProblems(400, 401, 403, 409, 422)
  async putSettings(@CurrentUser() actor: CurrentEmployee, @Body() dto: UpdateSsoSettingsDto): Promise<SsoSettingsPageDto> {
    const settings = await this.settings.update(actor, dto, (issuer) => this.sso.checkIssuer(issuer));
    return { settings, addresses: this.sso.addresses() };
  }
}
