import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CurrentEmployee } from '../common/current-employee';
import { IntegrationEventsService } from '../integration-events/integration-events.service';
import { RecognitionTalliesService } from '../leaderboards/recognition-tallies.service';
import { NotificationsService } from '../notifications/notifications.service';
import { StoryChannel } from './story.entity';
import { StoriesErrors } from './stories.errors';
import { StoriesRepository } from './stories.repository';
import { StoryCardCache } from './story-card.cache';

export interface CustomerStoryInput {
  heroId: string;
  title: string;
  situation: string;
  impact: string;
  /** The customer's own words, quoted on the card. */
  customerQuote: string | null;
  occurredOn: string;
  channel: StoryChannel;
  /** Where the customer's words came from: the action the story tells differs. */
  origin: 'thank_you_page' | 'helpdesk';
  /** The helpdesk ticket the rating was given on, linked from the card. */
  ticketUrl: string | null;
}

/**
 * Stories told by a customer (a compliment a manager confirmed): the manager is the author, the staff member the
 * hero, and the card says "from a customer". Otherwise it is a story like any other (feed, endorsements, boards).
 */
@Injectable()
export class CustomerStoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stories: StoriesRepository,
    private readonly notifications: NotificationsService,
    private readonly tallies: RecognitionTalliesService,
    private readonly integrationEvents: IntegrationEventsService,
    private readonly cards: StoryCardCache,
  ) {}

  /** Creates the story; `alongside` runs in the same transaction (the compliment is marked published with it). */
  async create(author: CurrentEmployee, input: CustomerStoryInput, alongside: (manager: EntityManager, storyId: string) => Promise<void>): Promise<string> {
    const heroes = await this.stories.heroCandidates([input.heroId]);
    if (heroes.length !== 1) throw StoriesErrors.unknownHero();
    if (heroes[0].leftOn) throw StoriesErrors.heroHasLeft();
    return this.dataSource.transaction(async (manager) => {
      const story = await this.stories.insert(
        manager,
        author.id,
        {
          title: input.title,
          situation: input.situation,
          action: input.origin === 'helpdesk' ? 'Rated good by a customer in the helpdesk.' : 'Thanked by a customer on their thank-you page.',
          impact: input.impact,
          occurredOn: input.occurredOn,
          channel: input.channel,
          resolvedWithoutHandoff: false,
          customerQuote: input.customerQuote,
        },
        true,
        input.ticketUrl,
      );
      await this.stories.replaceHeroes(manager, story.id, heroes);
      await this.tallies.storyContribution(manager, story.id, +1);
      await this.notifications.notify(manager, [{ recipientId: input.heroId, kind: 'named_hero', storyId: story.id, actorId: author.id }]);
      await this.integrationEvents.publish(manager, 'story.published', { storyId: story.id });
      await alongside(manager, story.id);
      return story.id;
    });
  }

  /**
   * Adds a customer's praise to a published story about `heroId` (a compliment a manager merged into it) and tells
   * the hero, as confirming does; `alongside` runs in the same transaction. False, with nothing written, when the
   * story is not a published story about this hero.
   */
  async addPraise(
    author: CurrentEmployee,
    praise: { storyId: string; heroId: string; words: string | null },
    alongside: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const added = await this.dataSource.transaction(async (manager) => {
      if (!(await this.stories.lockPraisable(manager, praise.storyId, praise.heroId))) return false;
      await this.stories.addCustomerPraise(manager, praise.storyId, praise.words);
      await this.notifications.notify(manager, [{ recipientId: praise.heroId, kind: 'named_hero', storyId: praise.storyId, actorId: author.id }]);
      await alongside(manager);
      return true;
    });
    if (added) this.cards.forget(praise.storyId);
    return added;
  }
}
