import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNonNull } from '../../common/field-decorators';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { trim } from '../../common/transforms';
import { INTEGRATION_EVENT_TYPES, IntegrationEventType } from '../../integration-events/integration-event';
import { DELIVERY_STATUSES, DeliveryStatus } from '../webhook-delivery.entity';
import { OptionalTextField } from '../../common/optional-text.field';

export class WebhookSubscriptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Zendesk' })
  name: string;

  @ApiProperty({ example: 'https://hooks.example.com/heroics' })
  url: string;

  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES, isArray: true })
  events: IntegrationEventType[];

  @ApiProperty({ description: 'The last characters of the signing secret; the secret itself is shown only once.', example: '••••a1b2' })
  secretHint: string;

  @ApiProperty({ description: 'false: switched off by an admin.' })
  active: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set when deliveries kept failing; nothing is sent until an admin resumes it.',
  })
  pausedAt: string | null;

  @ApiProperty({ description: 'Deliveries in a row that ended failed.' })
  consecutiveFailures: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CreatedWebhookSubscriptionDto extends WebhookSubscriptionDto {
  @ApiProperty({ description: 'The signing secret. It is shown only in this answer; keep it in the receiving system.', example: 'whsec_…' })
  secret: string;
}

export class CreateWebhookSubscriptionDto {
  @ApiProperty({ maxLength: 80, example: 'Zendesk' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;

  @ApiProperty({ maxLength: 2000, example: 'https://hooks.example.com/heroics' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES, isArray: true, minItems: 1, maxItems: INTEGRATION_EVENT_TYPES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INTEGRATION_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(INTEGRATION_EVENT_TYPES, { each: true })
  events: IntegrationEventType[];

  @ApiPropertyOptional({ minLength: 16, maxLength: 200, description: 'A signing secret of your own; one is generated when left out.' })
  @IsOptionalNonNull()
  @IsString()
  @MinLength(16)
  @MaxLength(200)
  secret?: string;
}

export class UpdateWebhookSubscriptionDto {
  @OptionalTextField({ maxLength: 80 })
  name?: string;

  @OptionalTextField({ maxLength: 2000 })
  url?: string;

  @ApiPropertyOptional({ enum: INTEGRATION_EVENT_TYPES, isArray: true, minItems: 1, maxItems: INTEGRATION_EVENT_TYPES.length })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INTEGRATION_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(INTEGRATION_EVENT_TYPES, { each: true })
  events?: IntegrationEventType[];

  @ApiPropertyOptional({ description: 'false switches the subscription off; true switches it on and resumes a paused one.' })
  @IsOptionalNonNull()
  @IsBoolean()
  active?: boolean;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Sent as Heroics-Delivery: receivers use it to ignore a repeat.' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES })
  eventType: string;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status: DeliveryStatus;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ type: Number, nullable: true, description: 'The HTTP status of the last answer; null when there was none.' })
  responseStatus: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The first few KiB of the last answer, or why there was none.' })
  responseBody: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next attempt is due, while the delivery is pending.' })
  nextAttemptAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] })
  items: WebhookDeliveryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListWebhookDeliveriesQueryDto extends CursorPageQueryDto {}
