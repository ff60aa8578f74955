import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RecognitionTalliesService } from '../leaderboards/recognition-tallies.service';
import { NotificationsService } from '../notifications/notifications.service';
import { STORY_HIDDEN_EMAIL_JOB } from '../email-notifications/email-notification.jobs-kinds';
import { JobQueueService } from '../jobs/job-queue.service';
import { KudosService } from '../kudos/kudos.service';
import { ValuesService } from '../values/values.service';
import { CreateStoryDto, HideStoryDto, RecognitionSummaryDto, UpdateStoryDto } from './dto/story-input.dto';
import { StoryDto, StoryRow, toStoryDto } from './dto/story.dto';
import { StoriesErrors } from './stories.errors';
import { canModerateStory, changesHeroes, heroesLocked, mayFeature, mayUnhide, withinEditWindow } from './stories.policy';
import { HeroCandidate, StoriesRepository, StoryFields } from './stories.repository';
import { StoryCardCache } from './story-card.cache';
import { StorySearchHit, toStorySearchHit } from './story-search';
import { IntegrationEventsService } from '../integration-events/integration-events.service';

@Injectable()
export class StoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stories: StoriesRepository,
    private readonly values: ValuesService,
    private readonly notifications: NotificationsService,
    private readonly queue: JobQueueService,
    private readonly audit: AuditService,
    private readonly tallies: RecognitionTalliesService,
    private readonly cards: StoryCardCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly integrationEvents: IntegrationEventsService,
    private readonly kudos: KudosService,
  ) {}

  /** A story's card changed (an endorsement, a reward, an edit): this instance stops serving the cached one. */
  /** For endorsements, in their transaction: the story's counter moves by `delta` (its row lock orders concurrent changes); the new count. */
  endorsementCountChanged(manager: EntityManager, storyId: string, delta: 1 | -1): Promise<number> {
    return this.stories.bumpEndorsementCount(manager, storyId, delta);
  }

  /** For comments, in their transaction: the story's comment counter moves by `delta`. */
  commentCountChanged(manager: EntityManager, storyId: string, delta: 1 | -1): Promise<void> {
    return this.stories.bumpCommentCount(manager, storyId, delta);
  }

  cardChanged(storyId: string): void {
    this.cards.forget(storyId);
  }

  async create(author: CurrentEmployee, dto: CreateStoryDto): Promise<StoryDto> {
    const heroes = await this.checkHeroes(dto.heroIds, dto.occurredOn);
    await this.checkValues(dto.valueIds);
    const id = await this.dataSource.transaction(async (manager) => {
      const story = await this.stories.insert(manager, author.id, {
        title: dto.title,
        situation: dto.situation,
        action: dto.action,
        impact: dto.impact,
        occurredOn: dto.occurredOn,
        channel: dto.channel,
        resolvedWithoutHandoff: dto.resolvedWithoutHandoff,
        customerQuote: dto.customerQuote || null,
      });
      await this.stories.replaceHeroes(manager, story.id, heroes);
      await this.stories.replaceValues(manager, story.id, dto.valueIds);
      await this.tallies.storyContribution(manager, story.id, +1);
      await this.notifications.notify(
        manager,
        heroes.map((h) => ({ recipientId: h.id, kind: 'named_hero', storyId: story.id, actorId: author.id })),
      );
      await this.integrationEvents.publish(manager, 'story.published', { storyId: story.id });
      return story.id;
    });
    return this.get(author, id);
  }

  async get(viewer: CurrentEmployee, id: string): Promise<StoryDto> {
    return toStoryDto(await this.visible(viewer, id), viewer);
  }

  /** A story the viewer may see: not deleted, and if hidden only to its author and moderators. */
  async visible(viewer: CurrentEmployee, id: string): Promise<StoryRow> {
    const row = await this.stories.card(id, viewer.id);
    if (!row || row.deletedAt) throw StoriesErrors.notFound();
    if (row.status === 'hidden' && row.author.id !== viewer.id && !canModerateStory(viewer, row)) throw StoriesErrors.notFound();
    return row;
  }

  async update(viewer: CurrentEmployee, id: string, dto: UpdateStoryDto): Promise<StoryDto> {
    const current = await this.visible(viewer, id);
    if (current.author.id !== viewer.id) throw StoriesErrors.notAuthor();
    if (!withinEditWindow(new Date(current.createdAt))) throw StoriesErrors.editWindowClosed();
    if (dto.version !== current.version) throw StoriesErrors.staleVersion(current.version);
    if (heroesLocked(current) && changesHeroes(current.heroes, dto.heroIds)) throw StoriesErrors.heroesLocked();
    const occurredOn = dto.occurredOn ?? current.occurredOn;
    const heroes =
      dto.heroIds || dto.occurredOn
        ? await this.checkHeroes(
            dto.heroIds ?? current.heroes.map((h) => h.id),
            occurredOn,
            current.heroes.map((h) => h.id),
          )
        : undefined;
    if (dto.valueIds) await this.checkValues(dto.valueIds);
    const fields: Partial<StoryFields> = {
      title: dto.title,
      situation: dto.situation,
      action: dto.action,
      impact: dto.impact,
      occurredOn: dto.occurredOn,
      channel: dto.channel,
      resolvedWithoutHandoff: dto.resolvedWithoutHandoff,
      customerQuote: dto.customerQuote === undefined ? undefined : dto.customerQuote || null,
    };
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.stories.updateIfVersion(manager, id, dto.version, fields))) throw StoriesErrors.staleVersion(current.version + 1);
      if (dto.heroIds && heroes) {
        await this.keepingTallies(manager, id, () => this.stories.replaceHeroes(manager, id, heroes), { heroesChange: true });
        const added = heroes.filter((h) => !current.heroes.some((c) => c.id === h.id));
        await this.notifications.notify(
          manager,
          added.map((h) => ({ recipientId: h.id, kind: 'named_hero', storyId: id, actorId: viewer.id })),
        );
      }
      if (dto.valueIds) await this.stories.replaceValues(manager, id, dto.valueIds);
    });
    this.cards.forget(id);
    return this.get(viewer, id);
  }

  /** Soft delete by the author (or an admin): the story leaves every feed but stays for the audit trail. */
  async remove(viewer: CurrentEmployee, id: string): Promise<void> {
    const current = await this.visible(viewer, id);
    if (current.author.id !== viewer.id && viewer.role !== 'admin') throw StoriesErrors.notAuthor();
    await this.dataSource.transaction(async (manager) => {
      await this.keepingTallies(manager, id, () => this.stories.softDelete(manager, id));
      await this.audit.record(manager, { actorId: viewer.id, action: 'story.deleted', subjectType: 'story', subjectId: id, before: { title: current.title } });
    });
    this.cards.forget(id);
  }

  async hide(viewer: CurrentEmployee, id: string, dto: HideStoryDto): Promise<StoryDto> {
    const current = await this.moderated(viewer, id);
    await this.dataSource.transaction(async (manager) => {
      await this.keepingTallies(manager, id, () => this.stories.setHidden(manager, id, { reason: dto.reason, byId: viewer.id }));
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'story.hidden',
        subjectType: 'story',
        subjectId: id,
        before: { status: current.status },
        after: { status: 'hidden', reason: dto.reason },
      });
      await this.queue.enqueue(STORY_HIDDEN_EMAIL_JOB, { storyId: id }, { manager });
      // In the bell too, with the reason (the email above is sent on its own job).
      await this.notifications.notify(manager, [{ recipientId: current.author.id, kind: 'story_hidden', storyId: id, actorId: viewer.id }]);
    });
    this.cards.forget(id);
    return this.get(viewer, id);
  }

  async unhide(viewer: CurrentEmployee, id: string): Promise<StoryDto> {
    const current = await this.moderated(viewer, id);
    if (!mayUnhide(viewer, await this.stories.hiddenByRole(id))) throw StoriesErrors.hiddenByAdmin();
    await this.dataSource.transaction(async (manager) => {
      await this.keepingTallies(manager, id, () => this.stories.setHidden(manager, id, null));
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'story.unhidden',
        subjectType: 'story',
        subjectId: id,
        before: { status: current.status, reason: current.hiddenReason },
        after: { status: 'published' },
      });
    });
    this.cards.forget(id);
    return this.get(viewer, id);
  }

  async setFeatured(viewer: CurrentEmployee, id: string, featured: boolean): Promise<StoryDto> {
    const current = await this.moderated(viewer, id);
    if (featured && !mayFeature(viewer, current)) throw StoriesErrors.ownStoryFeature();
    await this.dataSource.transaction(async (manager) => {
      await this.stories.setFeatured(manager, id, featured ? viewer.id : null);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: featured ? 'story.featured' : 'story.unfeatured',
        subjectType: 'story',
        subjectId: id,
        before: { featured: current.featuredAt !== null },
        after: { featured },
      });
      if (featured && current.featuredAt === null) await this.integrationEvents.publish(manager, 'story.featured', { storyId: id });
    });
    this.cards.forget(id);
    return this.get(viewer, id);
  }

  /** Published stories matching `q`, best first, with the matches marked (see story-search.ts). */
  async search(q: string, limit: number): Promise<StorySearchHit[]> {
    return (await this.stories.search(q, limit)).map(toStorySearchHit);
  }

  /** Quick kudos are counted beside the stories, never as one. */
  async recognition(employeeId: string): Promise<RecognitionSummaryDto> {
    return { ...(await this.stories.recognitionOf(employeeId)), kudosReceived: await this.kudos.receivedCount(employeeId) };
  }

  /**
   * Runs a change to a story and moves its contribution on the leaderboards to match: out when it stops
   * counting (hidden, deleted), in when it starts again, and across when its heroes change. The story's row
   * is locked first, so endorsements of it wait and the tallies stay exact.
   */
  private async keepingTallies(manager: EntityManager, id: string, change: () => Promise<void>, options: { heroesChange?: boolean } = {}): Promise<void> {
    const before = await this.stories.lockCounted(manager, id);
    if (before && options.heroesChange) await this.tallies.storyContribution(manager, id, -1);
    await change();
    const after = await this.stories.lockCounted(manager, id);
    if (options.heroesChange) {
      if (after) await this.tallies.storyContribution(manager, id, +1);
    } else if (before !== after) {
      await this.tallies.storyContribution(manager, id, after ? +1 : -1);
    }
  }

  private async moderated(viewer: CurrentEmployee, id: string): Promise<StoryRow> {
    const current = await this.visible(viewer, id);
    if (!canModerateStory(viewer, current)) throw StoriesErrors.notModerator();
    return current;
  }

  /**
   * Heroes must be on the roster and still employed, and the story cannot predate their hiring.
   * `alreadyHeroes` are exempt from the employment check (a hero who left since stays on an edited story).
   */
  private async checkHeroes(ids: string[], occurredOn: string, alreadyHeroes: string[] = []): Promise<HeroCandidate[]> {
    if (occurredOn > todayIn(this.config.companyTimeZone)) throw StoriesErrors.occurredInFuture();
    const heroes = await this.stories.heroCandidates(ids);
    if (heroes.length !== ids.length) throw StoriesErrors.unknownHero();
    if (heroes.some((h) => h.leftOn && !alreadyHeroes.includes(h.id))) throw StoriesErrors.heroHasLeft();
    if (heroes.some((h) => occurredOn < h.hiredOn)) throw StoriesErrors.occurredBeforeHired();
    return heroes;
  }

  private async checkValues(ids: string[]): Promise<void> {
    if (!(await this.values.allActive(ids))) throw StoriesErrors.unknownValue();
  }
}
