import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { ComplimentsService } from './compliments.service';
import {
  ComplimentInboxDto,
  ConfirmComplimentDto,
  ConfirmedComplimentDto,
  DiscardComplimentDto,
  EmployeeComplimentsDto,
  MergeComplimentDto,
  QrCodeQueryDto,
  ThankYouLinkDto,
} from './dto/compliment.dto';
import { ThankYouLinksService } from './thank-you-links.service';

@ApiTags('compliments')
@ApiBearerAuth()
@Controller()
export class ComplimentsController {
  constructor(
    private readonly links: ThankYouLinksService,
    private readonly compliments: ComplimentsService,
  ) {}

  @Get('me/thank-you-link')
  @ApiOperation({ summary: 'My thank-you link: whether it is on, its URL, and what it reveals (first name, last initial, department)' })
  @ApiOkResponse({ type: ThankYouLinkDto })
  @ApiProblems(401)
  mine(@CurrentUser() viewer: CurrentEmployee): Promise<ThankYouLinkDto> {
    return this.links.mine(viewer);
  }

  @Put('me/thank-you-link')
  @ApiOperation({ summary: 'Turn my thank-you link on (a new random link if it was off; the same one if already on). Audited.' })
  @ApiOkResponse({ type: ThankYouLinkDto })
  @ApiProblems(401)
  enableMine(@CurrentUser() viewer: CurrentEmployee): Promise<ThankYouLinkDto> {
    return this.links.enableMine(viewer);
  }

  @Delete('me/thank-you-link')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn my thank-you link off: the link then shows "no longer available". Audited.' })
  @ApiNoContentResponse({ description: 'Off.' })
  @ApiProblems(401)
  disableMine(@CurrentUser() viewer: CurrentEmployee): Promise<void> {
    return this.links.disableMine(viewer);
  }

  @Get('departments/:id/thank-you-link')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'A department’s thank-you link (for a counter or a phone line), for its managers and admins' })
  @ApiOkResponse({ type: ThankYouLinkDto })
  @ApiProblems(400, 401, 403, 404)
  department(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<ThankYouLinkDto> {
    return this.links.ofDepartment(viewer, id);
  }

  @Put('departments/:id/thank-you-link')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Turn a department’s thank-you link on. Audited.' })
  @ApiOkResponse({ type: ThankYouLinkDto })
  @ApiProblems(400, 401, 403, 404)
  enableDepartment(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<ThankYouLinkDto> {
    return this.links.enableDepartment(viewer, id);
  }

  @Delete('departments/:id/thank-you-link')
  @Roles('manager', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn a department’s thank-you link off. Audited.' })
  @ApiNoContentResponse({ description: 'Off.' })
  @ApiProblems(400, 401, 403, 404)
  disableDepartment(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    return this.links.disableDepartment(viewer, id);
  }

  @Get('thank-you-links/:id/qr-code')
  @ApiOperation({ summary: 'The QR code of a live thank-you link (yours, or one of a department you manage), as SVG or PNG' })
  @ApiProduces('image/svg+xml', 'image/png')
  @ApiOkResponse({ description: 'The QR code image.' })
  @ApiProblems(400, 401, 404)
  async qrCode(
    @CurrentUser() viewer: CurrentEmployee,
    @UuidParam('id') id: string,
    @Query() query: QrCodeQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const image = await this.links.qrCode(viewer, id, query.format);
    void reply
      .type(query.format === 'svg' ? 'image/svg+xml' : 'image/png')
      .header('Content-Disposition', `attachment; filename="thank-you-qr.${query.format}"`);
    return image;
  }

  @Get('compliments/inbox')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Customer compliments waiting for review in the departments you manage (admins: all), newest first' })
  @ApiOkResponse({ type: ComplimentInboxDto })
  @ApiProblems(401, 403)
  inbox(@CurrentUser() viewer: CurrentEmployee): Promise<ComplimentInboxDto> {
    return this.compliments.inbox(viewer);
  }

  @Post('compliments/:id/confirm')
  @Roles('manager', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a compliment: it becomes a hero story "from a customer", with their words as the quote; the hero is notified. Audited.',
    description:
      '409 when already reviewed; 400 `compliment_hero_required` for a department link without heroId, `compliment_hero_outside_department` for a hero from another department.',
  })
  @ApiOkResponse({ type: ConfirmedComplimentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  confirm(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: ConfirmComplimentDto): Promise<ConfirmedComplimentDto> {
    return this.compliments.confirm(viewer, id, dto);
  }

  @Post('compliments/:id/merge')
  @Roles('manager', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Add a compliment to an existing published story about its hero instead of a new story: the card says "Praised by a customer". Audited.',
    description: '409 when already reviewed; 400 `compliment_story_not_about_hero` (storyId) or `compliment_hero_required` (heroId).',
  })
  @ApiOkResponse({ type: ConfirmedComplimentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  merge(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: MergeComplimentDto): Promise<ConfirmedComplimentDto> {
    return this.compliments.merge(viewer, id, dto);
  }

  @Post('compliments/:id/discard')
  @Roles('manager', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a compliment with a reason (spam, not about us, abusive). Audited.' })
  @ApiNoContentResponse({ description: 'Discarded.' })
  @ApiProblems(400, 401, 403, 404, 409)
  discard(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: DiscardComplimentDto): Promise<void> {
    return this.compliments.discard(viewer, id, dto);
  }

  @Get('employees/:id/compliments')
  @ApiOperation({ summary: 'Compliments a person received from customers (count), and the words a manager confirmed' })
  @ApiOkResponse({ type: EmployeeComplimentsDto })
  @ApiProblems(400, 401)
  received(@UuidParam('id') id: string): Promise<EmployeeComplimentsDto> {
    return this.compliments.receivedBy(id);
  }
}
