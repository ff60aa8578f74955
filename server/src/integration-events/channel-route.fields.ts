import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, ValidateIf } from 'class-validator';
import { IsCanonicalUuid } from '../common/field-decorators';
import { stackedDecorators } from '../common/stacked-decorators';
import { CHANNEL_EVENTS } from './channel-routing';

/** A chat channel route's department on creation (Slack or Teams): one department's id, or left out / null for all. */
export const RouteDepartmentField = (description?: string) =>
  stackedDecorators(
    ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, ...(description ? { description } : {}) }),
    ValidateIf((_, v) => v !== null && v !== undefined),
    IsCanonicalUuid(),
  );

/** What a chat channel route (Slack or Teams) is sent: one or more channel events, each once. */
export const RouteEventsField = () =>
  stackedDecorators(
    ApiProperty({ enum: CHANNEL_EVENTS, isArray: true, minItems: 1, maxItems: CHANNEL_EVENTS.length }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(CHANNEL_EVENTS.length),
    ArrayUnique(),
    IsIn(CHANNEL_EVENTS, { each: true }),
  );
