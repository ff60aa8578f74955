import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import {
  CreatedWebhookSubscriptionDto,
  CreateWebhookSubscriptionDto,
  ListWebhookDeliveriesQueryDto,
  UpdateWebhookSubscriptionDto,
  WebhookDeliveryPageDto,
  WebhookSubscriptionDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: 'Webhook subscriptions (admin)' })
  @ApiOkResponse({ type: [WebhookSubscriptionDto] })
  @ApiProblems(401, 403)
  list(): Promise<WebhookSubscriptionDto[]> {
    return this.webhooks.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Subscribe an outside system to events (admin)',
    description:
      'Each delivery is a POST of the event as JSON with `Heroics-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, `Heroics-Event` and `Heroics-Delivery` (the same id on every retry). The secret is in this answer only.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionDto })
  @ApiProblems(400, 401, 403, 422)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateWebhookSubscriptionDto): Promise<CreatedWebhookSubscriptionDto> {
    return this.webhooks.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change, switch off, or resume a webhook subscription (admin)' })
  @ApiOkResponse({ type: WebhookSubscriptionDto })
  @ApiProblems(400, 401, 403, 404, 422)
  update(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateWebhookSubscriptionDto): Promise<WebhookSubscriptionDto> {
    return this.webhooks.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a webhook subscription; its deliveries stop at once (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(401, 403, 404)
  async remove(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    await this.webhooks.remove(actor, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The delivery log of a subscription, newest first (admin)' })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  @ApiProblems(400, 401, 403, 404)
  deliveries(@UuidParam('id') id: string, @Query() query: ListWebhookDeliveriesQueryDto): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(204)
  @ApiOperation({ summary: 'Send a delivery again, from its first attempt (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404)
  async redeliver(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @UuidParam('deliveryId') deliveryId: string): Promise<void> {
    await this.webhooks.redeliver(actor, id, deliveryId);
  }
}
