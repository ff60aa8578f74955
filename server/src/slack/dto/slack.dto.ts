import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { RouteDepartmentField, RouteEventsField } from '../../integration-events/channel-route.fields';
import { CHANNEL_EVENTS, ChannelEvent } from '../../integration-events/channel-routing';

export class ConnectSlackDto {
  @ApiProperty({ description: 'Basic Information → App Credentials → Signing Secret of your Slack app.', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signingSecret: string;

  @ApiProperty({ description: 'OAuth & Permissions → Bot User OAuth Token (starts with xoxb-).', maxLength: 300, example: 'xoxb-…' })
  @Transform(trim)
  @IsString()
  @Matches(/^xox[bp]-[A-Za-z0-9-]+$/, { message: 'botToken must be a Slack bot token (it starts with xoxb-)' })
  @MaxLength(300)
  botToken: string;
}

export class SlackChannelRouteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: every department.' })
  departmentId: string | null;

  @ApiProperty({ type: String, nullable: true })
  departmentName: string | null;

  @ApiProperty({ example: 'C0123456789' })
  channelId: string;

  @ApiProperty({ example: 'support-heroes' })
  channelName: string;

  @ApiProperty({ enum: CHANNEL_EVENTS, isArray: true })
  events: ChannelEvent[];
}

export class SlackSettingsDto {
  @ApiProperty()
  connected: boolean;

  @ApiProperty({ type: String, nullable: true, example: 'Larkspur Support' })
  teamName: string | null;

  @ApiProperty({ type: String, nullable: true })
  teamId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  connectedAt: string | null;

  @ApiProperty({
    description: 'The request URL to enter for the slash command and for interactivity in your Slack app.',
    example: 'https://heroics.example.com/api/integrations/slack/commands',
  })
  commandsUrl: string;

  @ApiProperty({ example: 'https://heroics.example.com/api/integrations/slack/interactions' })
  interactionsUrl: string;

  @ApiProperty({ type: [SlackChannelRouteDto] })
  routes: SlackChannelRouteDto[];
}

export class CreateSlackChannelRouteDto {
  @RouteDepartmentField('Leave out (or null) for every department.')
  departmentId?: string | null;

  @ApiProperty({ description: 'The channel id (channel details → About → Channel ID) or its name.', example: 'C0123456789', maxLength: 80 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  channel: string;

  @RouteEventsField()
  events: ChannelEvent[];
}
