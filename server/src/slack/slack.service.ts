import { Injectable } from '@nestjs/common';
import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { EntityManager } from 'typeorm';
import { addDays, todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { IntegrationEvent } from '../integration-events/integration-event';
import { CreateSlackChannelRouteDto, SlackChannelRouteDto, SlackSettingsDto } from './dto/slack.dto';
import { championMessage, storyMessage, weeklySummaryMessage } from './slack-blocks';
import { SlackErrors } from './slack.errors';
import { ChannelEvent, channelEventOf, routeMatches } from '../integration-events/channel-routing';
import { OutboundSink, OutboundSinkParts } from '../integration-events/outbound-sink';
import { InstallationRow, SlackRepository } from './slack.repository';

export const SLACK_POST_JOB = 'slack-post';
export const SLACK_WEEKLY_JOB = 'slack-weekly-summary';

interface SlackPost {
  channelId: string;
  text: string;
  blocks: object[];
  /** The rate-limit waits so far, so that a key per wait keeps the re-queued post unique. */
  waits?: number;
}

/**
 * The company's Slack app: connecting it, which channel hears what, and posting there through the Web API.
 * Everything outgoing goes through the queue; Slack's 429 answers are honoured by re-queuing after Retry-After.
 */
@Injectable()
export class SlackService extends OutboundSink {
  constructor(
    private readonly slack: SlackRepository,
    parts: OutboundSinkParts,
  ) {
    super('slack', 'Slack', parts);
  }

  protected defineJobs(): void {
    this.queue.define<SlackPost>(SLACK_POST_JOB, (post) => this.post(post), { policy: { retryLimit: 5 } });
    // Monday morning in the company's time zone.
    this.queue.define(SLACK_WEEKLY_JOB, () => this.weeklySummary(), { cron: '0 9 * * 1', policy: { retryLimit: 2 } });
  }

  /** A Web API client for the bot token, on the configured API address (a local Slack in tests). */
  client(botToken: string): WebClient {
    return new WebClient(botToken, {
      slackApiUrl: this.config.slack.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 5_000,
      logLevel: LogLevel.ERROR,
    });
  }

  async installation(): Promise<{ row: InstallationRow; signingSecret: string; client: WebClient } | null> {
    const row = await this.slack.installation();
    if (!row) return null;
    return { row, signingSecret: this.box.open(row.signingSecretSealed), client: this.client(this.box.open(row.botTokenSealed)) };
  }

  async settings(): Promise<SlackSettingsDto> {
    const row = await this.slack.installation();
    const routes = row ? await this.slack.routes() : [];
    return {
      connected: row !== null,
      teamName: row?.teamName ?? null,
      teamId: row?.teamId ?? null,
      connectedAt: row ? new Date(row.createdAt).toISOString() : null,
      commandsUrl: this.events.appUrl('/api/integrations/slack/commands'),
      interactionsUrl: this.events.appUrl('/api/integrations/slack/interactions'),
      routes: routes.map(({ createdAt: _createdAt, ...r }) => ({ ...r, events: r.events as ChannelEvent[] })),
    };
  }

  async connect(actor: CurrentEmployee, signingSecret: string, botToken: string): Promise<SlackSettingsDto> {
    let identity: { team_id?: string; team?: string; user_id?: string };
    try {
      identity = await this.client(botToken).auth.test();
    } catch (error) {
      throw SlackErrors.tokenRefused((error as { data?: { error?: string } }).data?.error ?? (error as Error).message);
    }
    if (!identity.team_id || !identity.user_id) throw SlackErrors.tokenRefused('no workspace in its answer');
    await this.slack.install({
      teamId: identity.team_id,
      teamName: identity.team ?? identity.team_id,
      botUserId: identity.user_id,
      signingSecretSealed: this.box.seal(signingSecret),
      botTokenSealed: this.box.seal(botToken),
      installedById: actor.id,
    });
    const installed = (await this.slack.installation())!;
    await this.record(actor, 'slack.connected', installed.id, { teamId: identity.team_id, teamName: identity.team });
    this.events.configurationChanged();
    return this.settings();
  }

  /** Disconnecting revokes the bot token at Slack and forgets it here; queued posts find no installation and end. */
  async disconnect(actor: CurrentEmployee): Promise<void> {
    const installed = await this.installation();
    if (!installed) return;
    await installed.client.auth.revoke().catch((error: Error) => this.logger.warn(`revoking the Slack token: ${error.message}`));
    await this.slack.uninstall();
    await this.record(actor, 'slack.disconnected', installed.row.id, { teamId: installed.row.teamId });
    this.events.configurationChanged();
  }

  async addRoute(actor: CurrentEmployee, dto: CreateSlackChannelRouteDto): Promise<SlackChannelRouteDto> {
    const installed = await this.installation();
    if (!installed) throw SlackErrors.notConnected();
    if (dto.departmentId && !(await this.slack.departmentExists(dto.departmentId))) throw SlackErrors.departmentNotFound();
    const channel = await this.findChannel(installed.client, dto.channel);
    const id = await this.slack.addRoute(installed.row.id, {
      departmentId: dto.departmentId ?? null,
      channelId: channel.id,
      channelName: channel.name,
      events: dto.events,
    });
    await this.record(actor, 'slack.route_added', id, { channel: channel.name, departmentId: dto.departmentId ?? null, events: dto.events });
    this.events.configurationChanged();
    const { createdAt: _createdAt, ...route } = (await this.slack.routes()).find((r) => r.id === id)!;
    return { ...route, events: route.events as ChannelEvent[] };
  }

  async removeRoute(actor: CurrentEmployee, id: string): Promise<void> {
    if (!(await this.slack.removeRoute(id))) throw SlackErrors.routeNotFound();
    await this.record(actor, 'slack.route_removed', id);
    this.events.configurationChanged();
  }

  configured(manager: EntityManager): Promise<boolean> {
    return this.slack.anyRoute(manager);
  }

  async accept(event: IntegrationEvent): Promise<void> {
    const routeEvent = channelEventOf(event.type, event.data.reward?.kind);
    if (!routeEvent) return;
    const message =
      routeEvent === 'champion' && event.data.reward
        ? championMessage(event.data.reward, this.events.appUrl(`/people/${event.data.reward.recipient.id}`))
        : event.data.story
          ? storyMessage(event.data.story, routeEvent === 'story.featured' ? 'Featured hero story' : 'New hero story')
          : null;
    if (!message) return;
    for (const route of await this.slack.routes()) {
      // A channel added after the event hears only later ones, even when the fan-out runs late.
      if (!routeMatches(route, routeEvent, event.departmentIds) || route.createdAt > new Date(event.createdAt)) continue;
      await this.queue.enqueue(SLACK_POST_JOB, { channelId: route.channelId, ...message }, { key: `${event.id}:${route.id}` });
    }
  }

  /** Posts one message; a 429 re-queues it after Slack's Retry-After instead of failing it. */
  async post(post: SlackPost): Promise<string> {
    const installed = await this.installation();
    if (!installed) return 'Slack is no longer connected';
    try {
      await installed.client.chat.postMessage({ channel: post.channelId, text: post.text, blocks: post.blocks as never, unfurl_links: false });
      return 'posted';
    } catch (error) {
      const e = error as { code?: string; retryAfter?: number };
      if (e.code !== ErrorCode.RateLimitedError) throw error;
      const waits = (post.waits ?? 0) + 1;
      const after = Math.max(1, Math.ceil(e.retryAfter ?? 1));
      await this.queue.enqueue(SLACK_POST_JOB, { ...post, waits }, { startAfterSeconds: after });
      return `rate limited; again in ${after} s`;
    }
  }

  async weeklySummary(): Promise<number> {
    const installed = await this.installation();
    if (!installed) return 0;
    const since = addDays(todayIn(this.config.companyTimeZone), -7);
    let posted = 0;
    for (const route of await this.slack.routes()) {
      if (!route.events.includes('weekly_summary')) continue;
      const stories = await this.events.topStoriesSince(route.departmentId, since);
      await this.queue.enqueue(
        SLACK_POST_JOB,
        { channelId: route.channelId, ...weeklySummaryMessage(stories, this.events.appUrl('')) },
        { key: `weekly:${since}:${route.id}` },
      );
      posted++;
    }
    return posted;
  }

  private async findChannel(client: WebClient, channel: string): Promise<{ id: string; name: string }> {
    const wanted = channel.replace(/^#/, '');
    try {
      if (/^[CGD][A-Z0-9]{6,}$/.test(wanted)) {
        const info = await client.conversations.info({ channel: wanted });
        return { id: wanted, name: info.channel?.name ?? wanted };
      }
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const list = await client.conversations.list({ limit: 200, cursor, exclude_archived: true, types: 'public_channel,private_channel' });
        const found = list.channels?.find((c) => c.name === wanted);
        if (found?.id) return { id: found.id, name: found.name ?? wanted };
        cursor = list.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
    } catch (error) {
      throw SlackErrors.channelNotFound((error as { data?: { error?: string } }).data?.error ?? (error as Error).message);
    }
    throw SlackErrors.channelNotFound('no channel by that name');
  }
}
