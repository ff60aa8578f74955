import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addDays, todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { checkOutboundUrl, OutboundRefused, postOutbound } from '../common/outbound-http';
import { ChannelEvent, channelEventOf, routeMatches } from '../integration-events/channel-routing';
import { IntegrationEvent } from '../integration-events/integration-event';
import { OutboundSink, OutboundSinkParts } from '../integration-events/outbound-sink';
import { CreateTeamsChannelDto, CreateTeamsOutgoingWebhookDto, TeamsChannelDto, TeamsSettingsDto } from './dto/teams.dto';
import { championCard, storyCard, storyListCard } from './teams-cards';
import { TeamsErrors } from './teams.errors';
import { verifyTeamsRequest } from './teams.policy';
import { TeamsChannelRow, TeamsRepository } from './teams.repository';

export const TEAMS_POST_JOB = 'teams-post';
export const TEAMS_WEEKLY_JOB = 'teams-weekly-summary';

/**
 * Microsoft Teams: events posted as Adaptive Cards to a channel's Workflows URL (on the queue, retried with backoff,
 * through the same SSRF guard as webhooks), and an outgoing webhook (@Heroics) answered with the latest stories.
 */
@Injectable()
export class TeamsService extends OutboundSink {
  constructor(
    private readonly teams: TeamsRepository,
    parts: OutboundSinkParts,
  ) {
    super('teams', 'Teams', parts);
  }

  protected defineJobs(): void {
    this.queue.define<{ channelId: string; card: object }>(TEAMS_POST_JOB, (job) => this.post(job.channelId, job.card), { policy: { retryLimit: 5 } });
    this.queue.define(TEAMS_WEEKLY_JOB, () => this.weeklySummary(), { cron: '0 9 * * 1', policy: { retryLimit: 2 } });
  }

  async settings(): Promise<TeamsSettingsDto> {
    return {
      channels: (await this.teams.channels()).map(toChannelDto),
      outgoingWebhooks: (await this.teams.outgoingWebhooks()).map((w) => ({ id: w.id, name: w.name, createdAt: new Date(w.createdAt).toISOString() })),
      outgoingWebhookUrl: this.events.appUrl('/api/integrations/teams/outgoing'),
    };
  }

  async addChannel(actor: CurrentEmployee, dto: CreateTeamsChannelDto): Promise<TeamsChannelDto> {
    if (dto.departmentId && !(await this.teams.departmentExists(dto.departmentId))) throw TeamsErrors.departmentNotFound();
    let host: string;
    try {
      host = (await checkOutboundUrl(dto.webhookUrl, this.config.webhooks)).url.host;
    } catch (error) {
      if (error instanceof OutboundRefused) throw TeamsErrors.urlRefused(error.message);
      throw error;
    }
    const id = await this.teams.addChannel({
      name: dto.name,
      departmentId: dto.departmentId ?? null,
      webhookUrlSealed: this.box.seal(dto.webhookUrl),
      webhookHost: host,
      events: dto.events,
    });
    await this.record(actor, 'teams.channel_added', id, { name: dto.name, host, events: dto.events });
    this.events.configurationChanged();
    return toChannelDto((await this.teams.channel(id))!);
  }

  async removeChannel(actor: CurrentEmployee, id: string): Promise<void> {
    if (!(await this.teams.removeChannel(id))) throw TeamsErrors.channelNotFound();
    await this.record(actor, 'teams.channel_removed', id);
    this.events.configurationChanged();
  }

  async addOutgoingWebhook(actor: CurrentEmployee, dto: CreateTeamsOutgoingWebhookDto): Promise<TeamsSettingsDto> {
    const id = await this.teams.addOutgoingWebhook(dto.name, this.box.seal(dto.securityToken));
    await this.record(actor, 'teams.outgoing_webhook_added', id, { name: dto.name });
    return this.settings();
  }

  async removeOutgoingWebhook(actor: CurrentEmployee, id: string): Promise<void> {
    if (!(await this.teams.removeOutgoingWebhook(id))) throw TeamsErrors.webhookNotFound();
    await this.record(actor, 'teams.outgoing_webhook_removed', id);
  }

  /** `@Heroics` in a team: a signed request from one of the company's outgoing webhooks, answered with the latest stories. */
  async outgoing(authorization: string | undefined, rawBody: string | undefined): Promise<object> {
    const secrets = (await this.teams.outgoingWebhooks()).map((w) => this.box.open(w.secretSealed));
    if (!secrets.some((secret) => verifyTeamsRequest(secret, authorization, rawBody ?? ''))) {
      this.logger.warn('refused a Teams outgoing-webhook request with no valid signature');
      throw TeamsErrors.badSignature();
    }
    const stories = await this.events.topStoriesSince(null, addDays(todayIn(this.config.companyTimeZone), -7));
    return storyListCard("This week's hero stories", stories, `No stories this week yet. Tell one: ${this.events.appUrl('/stories/new')}`);
  }

  configured(manager: EntityManager): Promise<boolean> {
    return this.teams.anyChannel(manager);
  }

  async accept(event: IntegrationEvent): Promise<void> {
    const channelEvent = channelEventOf(event.type, event.data.reward?.kind);
    if (!channelEvent) return;
    const card =
      channelEvent === 'champion' && event.data.reward
        ? championCard(event.data.reward, this.events.appUrl(`/people/${event.data.reward.recipient.id}`))
        : event.data.story
          ? storyCard(event.data.story, channelEvent === 'story.featured' ? 'Featured hero story' : 'New hero story')
          : null;
    if (!card) return;
    for (const channel of await this.teams.channels()) {
      // A channel added after the event hears only later ones, even when the fan-out runs late.
      if (routeMatches(channel, channelEvent, event.departmentIds) && channel.createdAt <= new Date(event.createdAt))
        await this.queue.enqueue(TEAMS_POST_JOB, { channelId: channel.id, card }, { key: `${event.id}:${channel.id}` });
    }
  }

  /** Posts a card; anything but 2xx throws, so the queue retries it with backoff (a 429 included). */
  async post(channelId: string, card: object): Promise<string> {
    const channel = await this.teams.channel(channelId);
    if (!channel) return 'channel removed';
    const response = await postOutbound(this.box.open(channel.webhookUrlSealed), JSON.stringify(card), {}, this.config.webhooks);
    if (response.status < 200 || response.status >= 300) throw new Error(`Teams answered ${response.status}: ${response.body.slice(0, 200)}`);
    return `posted (${response.status})`;
  }

  async weeklySummary(): Promise<number> {
    const since = addDays(todayIn(this.config.companyTimeZone), -7);
    let posted = 0;
    for (const channel of await this.teams.channels()) {
      if (!channel.events.includes('weekly_summary')) continue;
      const card = storyListCard("This week's heroes", await this.events.topStoriesSince(channel.departmentId, since), 'Nobody has told a story this week.');
      await this.queue.enqueue(TEAMS_POST_JOB, { channelId: channel.id, card }, { key: `weekly:${since}:${channel.id}` });
      posted++;
    }
    return posted;
  }
}

function toChannelDto(row: TeamsChannelRow): TeamsChannelDto {
  return {
    id: row.id,
    name: row.name,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    webhookHost: row.webhookHost,
    events: row.events as ChannelEvent[],
  };
}
