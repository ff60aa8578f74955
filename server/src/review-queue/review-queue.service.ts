import { Inject, Injectable } from '@nestjs/common';
import { CurrentEmployee, managedDepartmentScope } from '../common/current-employee';
import { decodeCursor, keysetPage } from '../common/cursor';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { toStoryDto } from '../stories/dto/story.dto';
import { ReviewQueueDto, ReviewQueueQueryDto } from './dto/review-queue.dto';
import { ReviewQueueErrors } from './review-queue.errors';
import { mayReviewStory } from './review-queue.policy';
import { ReviewQueueRepository } from './review-queue.repository';

@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly queue: ReviewQueueRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(viewer: CurrentEmployee, query: ReviewQueueQueryDto): Promise<ReviewQueueDto> {
    const departmentIds = managedDepartmentScope(viewer, query.departmentId);
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor(query.cursor, 3) : undefined;
    if (after && (typeof after[0] !== 'number' || typeof after[1] !== 'string' || typeof after[2] !== 'string')) {
      throw new DomainError('bad_request', 'invalid_cursor', 'cursor is not a cursor this API returned', 'cursor');
    }
    const rows = await this.queue.page(
      { viewerId: viewer.id, departmentIds, days: query.days ?? 30 },
      limit + 1,
      after as [number, string, string] | undefined,
    );
    const { rows: page, nextCursor } = keysetPage(rows, limit, (r) => [r.endorsementCount, new Date(r.createdAt).toISOString(), r.id]);
    const threshold = this.config.peerNominationThreshold;
    return {
      items: page.map((row) => ({ story: toStoryDto(row, viewer), nominatedByPeers: row.endorsementCount >= threshold })),
      nextCursor,
      threshold,
    };
  }

  /** "Reviewed, no reward": the story leaves the queue of every manager of its heroes' departments. */
  async markReviewed(viewer: CurrentEmployee, storyId: string): Promise<void> {
    await this.assertMayReview(viewer, storyId);
    await this.queue.markReviewed(storyId, viewer.id);
  }

  /** Takes the mark back: the story is in the queue again (while it is recent and unrewarded). */
  async unmarkReviewed(viewer: CurrentEmployee, storyId: string): Promise<void> {
    await this.assertMayReview(viewer, storyId);
    await this.queue.unmarkReviewed(storyId);
  }

  private async assertMayReview(viewer: CurrentEmployee, storyId: string): Promise<void> {
    const departmentIds = await this.queue.heroDepartments(storyId);
    if (!departmentIds) throw ReviewQueueErrors.storyNotFound();
    if (!mayReviewStory(viewer, departmentIds)) throw ReviewQueueErrors.outOfScope();
  }
}
