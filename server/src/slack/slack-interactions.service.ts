import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { WebClient } from '@slack/web-api';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { EndorsementsService } from '../endorsements/endorsements.service';
import { IntegrationEventsService } from '../integration-events/integration-events.service';
import { JobQueueService } from '../jobs/job-queue.service';
import { StoryChannel } from '../stories/story.entity';
import { StoriesService } from '../stories/stories.service';
import { ValuesService } from '../values/values.service';
import { ENDORSE_ACTION, modalErrors, ModalState, readStoryModal, STORY_MODAL_CALLBACK, storyModal, SubmittedStory, TELL_STORY_SHORTCUT } from './slack-blocks';
import { SlackErrors } from './slack.errors';
import { verifySlackRequest } from './slack.policy';
import { SlackService } from './slack.service';

export const SLACK_STORY_JOB = 'slack-story';
export const SLACK_ENDORSE_JOB = 'slack-endorse';

type Ephemeral = { response_type: 'ephemeral'; text: string };
const ephemeral = (text: string): Ephemeral => ({ response_type: 'ephemeral', text });
const NOT_CONNECTED = 'This Slack workspace is not connected to Heroics. An admin can connect it under Admin → Integrations.';

interface StoryJob {
  userId: string;
  story: SubmittedStory;
}
interface EndorseJob {
  userId: string;
  storyId: string;
  channelId: string | null;
}

/**
 * What Slack sends us: the /hero command, the message shortcut, the modal's submission and the Endorse button.
 * Each answer is immediate (Slack allows three seconds); the work itself is queued and reported back to the person.
 */
@Injectable()
export class SlackInteractionsService implements OnModuleInit {
  private readonly logger = new Logger('SlackInteractions');

  constructor(
    private readonly slack: SlackService,
    private readonly queue: JobQueueService,
    private readonly employees: EmployeesService,
    private readonly stories: StoriesService,
    private readonly endorsements: EndorsementsService,
    private readonly values: ValuesService,
    private readonly events: IntegrationEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define<StoryJob>(SLACK_STORY_JOB, (job) => this.publishStory(job), { policy: { retryLimit: 3 } });
    this.queue.define<EndorseJob>(SLACK_ENDORSE_JOB, (job) => this.endorse(job), { policy: { retryLimit: 3 } });
  }

  /** Checks Slack's signature over the raw body; a bad or old one is a 401 (and a warning in the log). */
  async verified(headers: Record<string, unknown>, rawBody: string | undefined) {
    const installed = await this.slack.installation();
    const verdict = installed
      ? verifySlackRequest(
          installed.signingSecret,
          { timestamp: header(headers, 'x-slack-request-timestamp'), signature: header(headers, 'x-slack-signature') },
          rawBody ?? '',
          Math.floor(Date.now() / 1000),
        )
      : 'missing';
    if (!installed || verdict !== 'valid') {
      this.logger.warn(`refused a Slack request: ${installed ? verdict : 'Slack is not connected'}`);
      throw SlackErrors.badSignature();
    }
    return installed;
  }

  async command(headers: Record<string, unknown>, rawBody: string | undefined, body: Record<string, string>): Promise<Ephemeral | undefined> {
    const installed = await this.verified(headers, rawBody);
    if (typeof body !== 'object' || !body.team_id) return ephemeral('Heroics could not read that command. Try /hero again.');
    if (body.team_id !== installed.row.teamId) return ephemeral(NOT_CONNECTED);
    if ((body.text ?? '').trim().toLowerCase() === 'help' || !body.trigger_id) {
      return ephemeral('Type /hero to tell a hero story about a colleague (or yourself). Stories appear in Heroics and in your department channel.');
    }
    return this.openModal(installed.client, body.trigger_id, { channelId: body.channel_id });
  }

  async interaction(headers: Record<string, unknown>, rawBody: string | undefined, body: Record<string, string>): Promise<object | undefined> {
    const installed = await this.verified(headers, rawBody);
    let payload: SlackPayload;
    try {
      payload = JSON.parse(body?.payload ?? '');
    } catch {
      return ephemeral('Heroics could not read that request from Slack.');
    }
    if (typeof payload !== 'object' || payload === null || !payload.user?.id) return ephemeral('Heroics could not read that request from Slack.');
    if ((payload.team?.id ?? payload.user.team_id) !== installed.row.teamId) return ephemeral(NOT_CONNECTED);
    switch (payload.type) {
      case 'view_submission':
        return payload.view?.callback_id === STORY_MODAL_CALLBACK ? this.submitted(payload) : undefined;
      case 'block_actions':
        for (const action of payload.actions ?? []) {
          if (action.action_id === ENDORSE_ACTION && typeof action.value === 'string') {
            const channelId = payload.channel?.id ?? payload.container?.channel_id ?? null;
            await this.queue.enqueue(SLACK_ENDORSE_JOB, { userId: payload.user.id, storyId: action.value, channelId } satisfies EndorseJob);
          }
        }
        return undefined;
      case 'message_action':
      case 'shortcut':
        if (payload.callback_id !== TELL_STORY_SHORTCUT || !payload.trigger_id) return undefined;
        return this.openModal(installed.client, payload.trigger_id, { situation: payload.message?.text, channelId: payload.channel?.id });
      default:
        return undefined;
    }
  }

  private async openModal(client: WebClient, triggerId: string, options: { situation?: string; channelId?: string }): Promise<Ephemeral | undefined> {
    const values = (await this.values.list(false)).map((v) => ({ id: v.id, name: v.name }));
    try {
      await client.views.open({ trigger_id: triggerId, view: storyModal({ values, today: todayIn(this.config.companyTimeZone), ...options }) as never });
      return undefined;
    } catch (error) {
      this.logger.warn(`views.open failed: ${(error as Error).message}`);
      return ephemeral('Slack did not open the story form in time. Please try /hero again.');
    }
  }

  private async submitted(payload: SlackPayload): Promise<object | undefined> {
    const story = readStoryModal(payload.view?.state?.values ?? {});
    const errors = modalErrors(story, todayIn(this.config.companyTimeZone));
    if (Object.keys(errors).length) return { response_action: 'errors', errors };
    await this.queue.enqueue(SLACK_STORY_JOB, { userId: payload.user!.id, story } satisfies StoryJob);
    return undefined;
  }

  /** The Slack user as a Heroics person, matched by the email address on their Slack profile. */
  private async person(client: WebClient, userId: string): Promise<{ actor: CurrentEmployee | null; email: string | null }> {
    const info = await client.users.info({ user: userId });
    const email = info.user?.profile?.email ?? null;
    return { actor: email ? await this.employees.actorByEmail(email, `slack:${userId}`) : null, email };
  }

  async publishStory(job: StoryJob): Promise<string> {
    const installed = await this.slack.installation();
    if (!installed) return 'Slack is no longer connected';
    const tell = (text: string) => installed.client.chat.postMessage({ channel: job.userId, text });
    const { actor, email } = await this.person(installed.client, job.userId);
    if (!actor) {
      await tell(unlinked(email));
      return 'author not matched';
    }
    const heroIds: string[] = [];
    const unknown: string[] = [];
    for (const slackId of job.story.heroSlackIds) {
      const hero = await this.person(installed.client, slackId);
      if (hero.actor) heroIds.push(hero.actor.id);
      else unknown.push(`<@${slackId}>`);
    }
    if (unknown.length) {
      await tell(
        `Your story “${job.story.title}” was not published: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in Heroics under the email on their Slack profile. Here is what you wrote, so nothing is lost:\n\n${job.story.situation}\n\n${job.story.action}\n\n${job.story.impact}`,
      );
      return 'heroes not matched';
    }
    try {
      const created = await this.stories.create(actor, {
        title: job.story.title,
        heroIds,
        situation: job.story.situation,
        action: job.story.action,
        impact: job.story.impact,
        occurredOn: job.story.occurredOn,
        channel: job.story.channel as StoryChannel,
        resolvedWithoutHandoff: job.story.resolvedWithoutHandoff,
        customerQuote: job.story.customerQuote,
        valueIds: job.story.valueIds,
      });
      await tell(`Your hero story “${created.title}” is published: ${this.events.appUrl(`/stories/${created.id}`)}`);
      return `published ${created.id}`;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await tell(`Your story “${job.story.title}” was not published: ${error.message}`);
      return `refused: ${error.code}`;
    }
  }

  async endorse(job: EndorseJob): Promise<string> {
    const installed = await this.slack.installation();
    if (!installed) return 'Slack is no longer connected';
    const tell = (text: string) =>
      job.channelId
        ? installed.client.chat.postEphemeral({ channel: job.channelId, user: job.userId, text })
        : installed.client.chat.postMessage({ channel: job.userId, text });
    const { actor, email } = await this.person(installed.client, job.userId);
    if (!actor) {
      await tell(unlinked(email));
      return 'endorser not matched';
    }
    try {
      const state = await this.endorsements.endorse(actor, job.storyId, {});
      await tell(`You endorsed this story. It now has ${state.endorsementCount} endorsement${state.endorsementCount === 1 ? '' : 's'}.`);
      return 'endorsed';
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await tell(error.message);
      return `refused: ${error.code}`;
    }
  }
}

function unlinked(email: string | null): string {
  return email
    ? `Your Slack account (${email}) does not match anyone in Heroics. Ask an admin to use the same email address in Heroics as in Slack, then try again.`
    : 'Heroics cannot see an email address on your Slack profile, so it cannot tell who you are. Ask a Slack admin to allow the users:read.email scope for Heroics.';
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

interface SlackPayload {
  type?: string;
  callback_id?: string;
  trigger_id?: string;
  team?: { id?: string };
  user?: { id: string; team_id?: string };
  channel?: { id?: string };
  container?: { channel_id?: string };
  message?: { text?: string };
  actions?: { action_id?: string; value?: unknown }[];
  view?: { callback_id?: string; state?: { values?: ModalState } };
}
