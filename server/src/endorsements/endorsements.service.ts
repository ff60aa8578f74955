import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { RecognitionTalliesService } from '../leaderboards/recognition-tallies.service';
import { NotificationsService } from '../notifications/notifications.service';
import { StoriesService } from '../stories/stories.service';
import { EndorsementPageDto, EndorsementStateDto, EndorseStoryDto, ListEndorsementsQueryDto } from './dto/endorsement.dto';
import { EndorsementsErrors } from './endorsements.errors';
import { EndorsementsRepository } from './endorsements.repository';
import { IntegrationEventsService } from '../integration-events/integration-events.service';
import { CommentsService } from '../comments/comments.service';

@Injectable()
export class EndorsementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endorsements: EndorsementsRepository,
    private readonly stories: StoriesService,
    private readonly notifications: NotificationsService,
    private readonly tallies: RecognitionTalliesService,
    private readonly integrationEvents: IntegrationEventsService,
    private readonly comments: CommentsService,
  ) {}

  async endorse(viewer: CurrentEmployee, storyId: string, dto: EndorseStoryDto): Promise<EndorsementStateDto> {
    const story = await this.stories.visible(viewer, storyId);
    if (story.author.id === viewer.id || story.heroes.some((h) => h.id === viewer.id)) throw EndorsementsErrors.ownStory();
    if (story.status === 'hidden') throw EndorsementsErrors.storyHidden();
    const count = await this.dataSource.transaction(async (manager) => {
      const after = await this.endorsements.endorse(manager, storyId, viewer.id);
      if (after === null) return null;
      if (dto.comment) await this.comments.addWithEndorsement(manager, viewer, storyId, dto.comment);
      const endorsements = await this.stories.endorsementCountChanged(manager, storyId, +1);
      // After the story's counter moved: its row lock orders this against hiding and hero changes.
      await this.tallies.endorsementChanged(manager, storyId, after.endorsedAt, +1);
      const recipients = new Set([story.author.id, ...story.heroes.map((h) => h.id)]);
      await this.notifications.notifyOnce(
        manager,
        [...recipients].map((id) => ({ recipientId: id, kind: 'story_endorsed', storyId, actorId: viewer.id })),
      );
      await this.integrationEvents.publish(manager, 'endorsement.created', { storyId, endorserId: viewer.id });
      return endorsements;
    });
    this.stories.cardChanged(storyId);
    if (count === null) throw EndorsementsErrors.alreadyEndorsed();
    return { endorsementCount: count, endorsedByMe: true };
  }

  async withdraw(viewer: CurrentEmployee, storyId: string): Promise<EndorsementStateDto> {
    await this.stories.visible(viewer, storyId);
    const count = await this.dataSource.transaction(async (manager) => {
      const after = await this.endorsements.withdraw(manager, storyId, viewer.id);
      if (after === null) return null;
      const endorsements = await this.stories.endorsementCountChanged(manager, storyId, -1);
      await this.tallies.endorsementChanged(manager, storyId, after.endorsedAt, -1);
      return endorsements;
    });
    this.stories.cardChanged(storyId);
    if (count === null) throw EndorsementsErrors.notEndorsed();
    return { endorsementCount: count, endorsedByMe: false };
  }

  async list(viewer: CurrentEmployee, storyId: string, query: ListEndorsementsQueryDto): Promise<EndorsementPageDto> {
    await this.stories.visible(viewer, storyId);
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const { rows, nextCursor } = keysetPage(await this.endorsements.page(storyId, limit + 1, after), limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        endorser: { id: r.endorserId, name: r.endorserName, department: { id: r.departmentId, name: r.departmentName } },
        comment: r.comment,
        createdAt: new Date(r.createdAt).toISOString(),
      })),
      nextCursor,
    };
  }
}
