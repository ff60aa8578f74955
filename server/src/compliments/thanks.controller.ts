import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth.decorators';
import type { Language } from '../common/languages';
import { LanguagesService } from '../languages/languages.service';
import { CONFIRM_TOKEN, LINK_CODE } from './compliments.policy';
import { ComplimentsService } from './compliments.service';
import { SubmissionChecks } from './submission-checks';
import { FIELDS, readThanksForm } from './thanks-form';
import { thanksLanguage } from './thanks-messages';
import { confirmEmailPage, PAGES, thanksFormPage } from './thanks-pages';

/** The widget runs its proof-of-work in workers it starts from blob: and data: URLs. */
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

let widgetScript: Buffer | undefined;
function altchaWidget(): Buffer {
  // The widget with its translations: it speaks the page's language (<html lang>).
  widgetScript ??= readFileSync(join(dirname(require.resolve('altcha')), 'altcha.i18n.min.js'));
  return widgetScript;
}

/**
 * The customer's side: public pages outside /api (no sign-in, no app bundle). Every refusal is a page that says
 * what to do, with a 4xx status; nothing a customer sends is shown anywhere until a manager confirms it.
 */
@ApiExcludeController()
@Public()
@Controller('thanks')
export class ThanksController {
  constructor(
    private readonly compliments: ComplimentsService,
    private readonly checks: SubmissionChecks,
    private readonly languages: LanguagesService,
  ) {}

  /** The customer's language: chosen on the page, else their browser's first that we speak, else the company's default. */
  private async language(request: FastifyRequest, chosen: unknown): Promise<Language> {
    const header = request.headers['accept-language'];
    return thanksLanguage(chosen, typeof header === 'string' ? header : undefined, await this.languages.defaultLanguage());
  }

  @Get('assets/altcha.js')
  widget(@Res() reply: FastifyReply): FastifyReply {
    return reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'public, max-age=86400').send(altchaWidget());
  }

  @Get('challenge')
  async challenge(@Res() reply: FastifyReply): Promise<FastifyReply> {
    return reply.header('Cache-Control', 'no-store').send(await this.checks.challenge());
  }

  @Get('confirm/:token')
  async confirmPage(
    @Param('token') token: string,
    @Query('lang') chosen: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const language = await this.language(request, chosen);
    if (!CONFIRM_TOKEN.test(token)) return html(reply, 404, PAGES.confirmGone(language, 'unknown'));
    return html(reply, 200, confirmEmailPage(language, token));
  }

  @Post('confirm/:token')
  async confirm(
    @Param('token') token: string,
    @Query('lang') chosen: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const language = await this.language(request, chosen);
    const result = CONFIRM_TOKEN.test(token) ? await this.compliments.confirmEmail(token) : 'unknown';
    if (result === 'confirmed') return html(reply, 200, PAGES.confirmed(language));
    return html(reply, result === 'unknown' ? 404 : 410, PAGES.confirmGone(language, result));
  }

  @Get(':code')
  async form(@Param('code') code: string, @Query('lang') chosen: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const language = await this.language(request, chosen);
    const target = LINK_CODE.test(code) ? await this.compliments.publicLink(code) : null;
    if (!target) return html(reply, 404, PAGES.unavailable(language));
    return html(reply, 200, thanksFormPage({ language, code, shownAs: target.shownAs, team: target.team, startedAt: this.checks.signStart() }));
  }

  @Post(':code')
  async submit(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const body = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
    const language = await this.language(request, body[FIELDS.language]);
    const wait = await this.compliments.throttle(request.ip);
    if (wait !== null) return html(reply.header('Retry-After', String(wait)), 429, PAGES.refused(language, 'throttled'));
    const target = LINK_CODE.test(code) ? await this.compliments.publicLink(code) : null;
    if (!target) return html(reply, 404, PAGES.unavailable(language));
    const read = readThanksForm(request.body, language);
    if ('errors' in read) {
      const view = { language, code, shownAs: target.shownAs, team: target.team, startedAt: this.checks.signStart(), errors: read.errors, values: read.values };
      return html(reply, 400, thanksFormPage(view));
    }
    const outcome = await this.compliments.submit(target, read.form, request.ip, language);
    if (outcome.kind === 'accepted') return html(reply, 201, PAGES.thanks(language, outcome.emailSent));
    if (outcome.kind === 'refused') return html(reply, outcome.status, PAGES.refused(language, outcome.reason));
    return html(reply, 400, PAGES.refused(language, 'invalid'));
  }
}

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').header('Content-Security-Policy', PAGE_CSP).send(body);
}
