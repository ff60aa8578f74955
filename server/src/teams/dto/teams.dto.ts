import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { RouteDepartmentField, RouteEventsField } from '../../integration-events/channel-route.fields';
import { CHANNEL_EVENTS, ChannelEvent } from '../../integration-events/channel-routing';

export class TeamsChannelDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Support floor' })
  name: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: every department.' })
  departmentId: string | null;

  @ApiProperty({ type: String, nullable: true })
  departmentName: string | null;

  @ApiProperty({
    description: 'The host of the webhook URL; the URL itself is a credential and is not shown again.',
    example: 'prod-12.westeurope.logic.azure.com',
  })
  webhookHost: string;

  @ApiProperty({ enum: CHANNEL_EVENTS, isArray: true })
  events: ChannelEvent[];
}

export class CreateTeamsChannelDto {
  @ApiProperty({ maxLength: 80, example: 'Support floor' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;

  @RouteDepartmentField()
  departmentId?: string | null;

  @ApiProperty({
    maxLength: 2000,
    description: 'The URL of a Teams Workflows "Post to a channel when a webhook request is received" flow, or of an incoming webhook.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  webhookUrl: string;

  @RouteEventsField()
  events: ChannelEvent[];
}

export class TeamsOutgoingWebhookDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Support team' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CreateTeamsOutgoingWebhookDto {
  @ApiProperty({ maxLength: 80, example: 'Support team' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;

  @ApiProperty({ description: 'The security token Teams shows once when you create the outgoing webhook (base64).', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9+/]{40,}={0,2}$/, { message: 'securityToken must be the security token Teams showed (a long base64 text)' })
  @MaxLength(200)
  securityToken: string;
}

export class TeamsSettingsDto {
  @ApiProperty({ type: [TeamsChannelDto] })
  channels: TeamsChannelDto[];

  @ApiProperty({ type: [TeamsOutgoingWebhookDto] })
  outgoingWebhooks: TeamsOutgoingWebhookDto[];

  @ApiProperty({
    description: 'The callback URL to enter when creating a Teams outgoing webhook.',
    example: 'https://heroics.example.com/api/integrations/teams/outgoing',
  })
  outgoingWebhookUrl: string;
}
